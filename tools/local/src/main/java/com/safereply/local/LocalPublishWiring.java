package com.safereply.local;

import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import com.safereply.app.publish.PublishService;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.platforms.MetaGraphGateway;
import com.safereply.platforms.PlatformHttpSettings;
import com.safereply.platforms.ReplyGateways;
import com.safereply.platforms.XGateway;
import com.safereply.publish.ApprovalStreamProcessor;
import com.safereply.publish.PublishTelemetry;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.StoreConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The publish function's use case, built as its Lambda wiring builds it but aimed at the local stand-in for the Graph
 * and X APIs, with local tokens instead of Secrets Manager: the demo practice posts as its own channels, so the
 * stand-in knows which account each token stands for.
 */
public class LocalPublishWiring {
    static final String GRAPH_VERSION = "v25.0";


    @Produces
    @Singleton
    LocalPlatformStandIn platformStandIn(LocalSettings settings) {
        return LocalPlatformStandIn.start(settings.platformsPort());
    }

    void closeStandIn(@Disposes LocalPlatformStandIn standIn) {
        standIn.close();
    }

    /**
     * A practice's local token names its channel on that platform, read from the practice document as onboarded.
     * Google's stored token is the practice's refresh token, which the Google stand-in's token endpoint accepts.
     */
    static PlatformTokens localTokens(com.safereply.store.DynamoDbStores stores) {
        return (practiceId, platform) -> stores.practices().findById(practiceId)
                .flatMap(p -> p.channels().stream().filter(c -> c.platform() == platform).findFirst())
                .map(channel -> new PlatformToken(platform == com.safereply.app.Platform.GOOGLE
                        ? LocalGoogleStandIn.refreshTokenFor(practiceId)
                        : LocalPlatformStandIn.tokenFor(channel.channelId())));
    }

    /** Google's reply gateway aimed at the Google stand-in: publishes replies and reads their moderation back. */
    static com.safereply.google.GoogleReplyGateway googleGateway(LocalGoogleStandIn google) {
        return new com.safereply.google.GoogleReplyGateway(
                new com.safereply.google.GoogleReviewsApi(google.endpoint(),
                        com.safereply.platforms.PlatformHttp.withTimeouts(java.time.Duration.ofSeconds(3),
                                java.time.Duration.ofSeconds(8))),
                new com.safereply.google.GoogleAccessTokens(google.endpoint().resolve("/token"),
                        new com.safereply.google.GoogleAccessTokens.OAuthClient("local-client", "local"),
                        Clock.systemUTC()));
    }

    /** The moderation function's pass over the Google stand-in, telling approvers through the local SNS stand-in. */
    @Produces
    @Singleton
    com.safereply.app.publish.moderation.ModerationCheck moderationCheck(LocalGoogleStandIn google,
            @ConfigProperty(name = StoreConfig.TABLE_NAME) String tableName, com.safereply.store.DynamoDbStores stores,
            com.safereply.app.notify.Notifier notifier, com.safereply.app.notify.ReviewLinks links,
            LocalSettings settings) {
        return new com.safereply.app.publish.moderation.ModerationCheck(
                new com.safereply.store.DynamoDbModerationWatch(stores.client(), tableName), googleGateway(google),
                localTokens(stores), stores.practices(), stores.drafts(), notifier, links, Clock.systemUTC(), 50,
                java.time.Duration.ofSeconds(settings.moderationIntervalSeconds()));
    }

    @Produces
    @Singleton
    ApprovalStreamProcessor approvalStreamProcessor(LocalPlatformStandIn standIn, LocalGoogleStandIn google,
                                                    EmfWriter metrics,
                                                    @ConfigProperty(name = StoreConfig.TABLE_NAME) String tableName,
                                                    com.safereply.store.DynamoDbStores stores) {
        PlatformTokens tokens = localTokens(stores);
        PlatformHttpSettings http = PlatformHttpSettings.defaults();
        ReplyGateways gateways = ReplyGateways.meta(new MetaGraphGateway(standIn.endpoint(), GRAPH_VERSION, http))
                .x(new XGateway(standIn.endpoint(), http))
                .with(com.safereply.app.Platform.GOOGLE, googleGateway(google));
        return new ApprovalStreamProcessor(new PublishService(new DynamoDbPublishLedger(stores.client(), tableName),
                gateways, tokens, stores.publishingPauses(), new PublishTelemetry(metrics),
                Clock.systemUTC(), PublishService.Backoff.EXPONENTIAL));
    }
}
