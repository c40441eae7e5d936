package com.safereply.publish;

import com.safereply.app.publish.PlatformTokens;
import com.safereply.app.publish.PublishingPauses;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.Platform;
import com.safereply.google.GoogleAccessTokens;
import com.safereply.google.GoogleReplyGateway;
import com.safereply.google.GoogleReviewsApi;
import com.safereply.platforms.MetaGraphGateway;
import com.safereply.platforms.PlatformHttp;
import com.safereply.platforms.PlatformHttpSettings;
import com.safereply.platforms.ReplyGateways;
import com.safereply.platforms.XGateway;
import com.safereply.secrets.SecretsManagerClients;
import com.safereply.secrets.SecretsManagerPlatformTokens;
import com.safereply.secrets.XTokenEndpoint;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.publish.moderation.ModerationCheck;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbModerationWatch;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.DynamoDbPublishingPauses;
import com.safereply.store.DynamoDbTokenRefreshLock;
import com.safereply.store.StoreConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the clients, the gateways and the use case once per container from configuration (application.properties
 * maps it from the environment template.yaml sets), at start-up so SnapStart's snapshot holds them.
 */
public class PublishWiring {
    /** Replies read back per practice per moderation run: bounds the run's time and Google API calls. */
    static final int MODERATION_CHECKS_PER_PRACTICE = 50;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    EmfWriter metrics(Clock clock) {
        return EmfWriter.toLog(clock);
    }

    @Produces
    @Singleton
    @DefaultBean
    StoreConfig storeConfig(@ConfigProperty(name = "safereply.table-name") Optional<String> table,
                            @ConfigProperty(name = "safereply.region") Optional<String> region,
                            @ConfigProperty(name = "safereply.dynamodb-endpoint") Optional<String> endpoint) {
        return StoreConfig.of(table, region, endpoint);
    }

    /** One client for the ledger and the pauses: a second would add its own start-up to every cold start. */
    @Produces
    @Singleton
    @DefaultBean
    DynamoDbClient dynamoDb(StoreConfig config) {
        return DynamoDbClients.create(config);
    }

    @Produces
    @Singleton
    @DefaultBean
    DynamoDbPublishLedger ledger(DynamoDbClient client, StoreConfig config) {
        return new DynamoDbPublishLedger(client, config.tableName());
    }

    @Produces
    @Singleton
    @DefaultBean
    PublishingPauses pauses(DynamoDbClient client, StoreConfig config) {
        return new DynamoDbPublishingPauses(client, config.tableName());
    }

    @Produces
    @Singleton
    @DefaultBean
    PlatformTokens tokens(@ConfigProperty(name = "safereply.region") String region,
                          @ConfigProperty(name = "safereply.publish.secrets-endpoint") Optional<String> endpoint,
                          @ConfigProperty(name = "safereply.publish.token-secret-prefix") String prefix,
                          @ConfigProperty(name = "safereply.publish.x-token-url") String xTokenUrl,
                          DynamoDbClient dynamoDb, StoreConfig store, Clock clock) {
        return new SecretsManagerPlatformTokens(SecretsManagerClients.create(region,
                endpoint.filter(e -> !e.isBlank()).map(URI::create)), prefix, clock,
                new DynamoDbTokenRefreshLock(dynamoDb, store.tableName()), new XTokenEndpoint(URI.create(xTokenUrl)));
    }

    /** Google: the practice's stored token is its refresh token; the gateway exchanges it per call (cached). */
    @Produces
    @Singleton
    @DefaultBean
    @Typed(GoogleReplyGateway.class)   // not also a ReplyGateway bean: the publish use case gets the routing one
    GoogleReplyGateway google(@ConfigProperty(name = "safereply.publish.google-business-api-url") String googleBase,
                              @ConfigProperty(name = "safereply.publish.google-token-endpoint") String googleTokens,
                              @ConfigProperty(name = "safereply.publish.google-oauth-client-id") Optional<String> clientId,
                              @ConfigProperty(name = "safereply.publish.google-oauth-client-secret") Optional<String> secret,
                              Clock clock) {
        return new GoogleReplyGateway(
                new GoogleReviewsApi(URI.create(googleBase), PlatformHttp.withTimeouts(Duration.ofSeconds(3),
                        Duration.ofSeconds(8))),
                new GoogleAccessTokens(URI.create(googleTokens),
                        new GoogleAccessTokens.OAuthClient(clientId.orElse(""), secret.orElse("")), clock));
    }

    @Produces
    @Singleton
    @DefaultBean
    ReplyGateway gateways(@ConfigProperty(name = "safereply.publish.graph-base-url") String graphBase,
                          @ConfigProperty(name = "safereply.publish.graph-api-version") String graphVersion,
                          @ConfigProperty(name = "safereply.publish.x-base-url") String xBase,
                          GoogleReplyGateway google) {
        PlatformHttpSettings http = PlatformHttpSettings.defaults();
        return ReplyGateways.meta(new MetaGraphGateway(URI.create(graphBase), graphVersion, http))
                .x(new XGateway(URI.create(xBase), http))
                .with(Platform.GOOGLE, google);
    }

    @Produces
    @Singleton
    PublishService publishService(DynamoDbPublishLedger ledger, ReplyGateway gateways, PlatformTokens tokens,
                                  PublishingPauses pauses, EmfWriter metrics, Clock clock) {
        return new PublishService(ledger, gateways, tokens, pauses, new PublishTelemetry(metrics), clock,
                PublishService.Backoff.EXPONENTIAL);
    }

    @Produces
    @Singleton
    ApprovalStreamProcessor approvalStreamProcessor(PublishService publish) {
        return new ApprovalStreamProcessor(publish);
    }

    // --- the moderation pass (handler "moderation"): re-reads published Google replies, tells approvers of a rejection

    @Produces
    @Singleton
    @DefaultBean
    Notifier notifier(@ConfigProperty(name = "safereply.topic-arn") Optional<String> topicArn,
                      @ConfigProperty(name = "safereply.region") Optional<String> region,
                      @ConfigProperty(name = "safereply.sns-endpoint") Optional<String> endpoint) {
        return SnsNotifier.create(SnsConfig.of(topicArn.orElse(null), region.orElse(null), endpoint.orElse(null)));
    }

    @Produces
    @Singleton
    ModerationCheck moderationCheck(DynamoDbClient client, StoreConfig config, GoogleReplyGateway google,
                                    PlatformTokens tokens, Notifier notifier,
                                    @ConfigProperty(name = "safereply.review-base-url") Optional<String> reviewBaseUrl,
                                    Clock clock) {
        DynamoDbStores stores = new DynamoDbStores(client, config.tableName(), clock);
        return new ModerationCheck(new DynamoDbModerationWatch(client, config.tableName()), google, tokens,
                stores.practices(), stores.drafts(), notifier, new ReviewLinks(reviewBaseUrl.orElse(null)), clock,
                MODERATION_CHECKS_PER_PRACTICE);
    }
}
