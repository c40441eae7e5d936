package com.safereply.webhook.google;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.safereply.app.CommentIngest;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.publish.PlatformTokens;
import com.safereply.google.GoogleAccessTokens;
import com.safereply.google.GoogleReviewIngest;
import com.safereply.google.GoogleReviewsApi;
import com.safereply.google.PushEnvelopeParser;
import com.safereply.google.PushTokenSettings;
import com.safereply.google.PushTokenVerifier;
import com.safereply.platforms.PlatformHttp;
import com.safereply.secrets.SecretsManagerClients;
import com.safereply.secrets.SecretsManagerPlatformTokens;
import com.safereply.store.StoreConfig;
import com.safereply.store.DynamoDbStores;
import com.safereply.webhook.http.IngestStores;

import io.quarkus.arc.DefaultBean;

/** The Google push route's parts, from {@link GoogleConfig}; each a default bean so a host app can supply its own. */
public class GoogleWiring {

    private static final Logger LOG = Logger.getLogger(GoogleWiring.class);

    /** The practices' refresh tokens: the same per-practice secret the publish stage reads. */
    @Produces
    @Singleton
    @DefaultBean
    PlatformTokens googleRefreshTokens(GoogleConfig google, Config config) {
        String region = config.getOptionalValue(StoreConfig.AWS_REGION, String.class).orElse("us-east-1");
        return new SecretsManagerPlatformTokens(SecretsManagerClients.create(region,
                google.secretsEndpoint().filter(e -> !e.isBlank()).map(URI::create)), google.tokenSecretPrefix(),
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    GooglePush googlePush(GoogleConfig google, PlatformTokens refreshTokens, CommentIngest ingest,
                          IngestStores stores) {
        Optional<PushTokenVerifier> verifier = Optional.empty();
        if (google.pushAudience().filter(s -> !s.isBlank()).isPresent()
                && google.pushServiceAccount().filter(s -> !s.isBlank()).isPresent()) {
            verifier = Optional.of(new PushTokenVerifier(new PushTokenSettings(google.pushAudience().get(),
                    google.pushServiceAccount().get(), URI.create(google.jwksUri()))));
        } else {
            LOG.warn("GOOGLE_PUSH_AUDIENCE or GOOGLE_PUSH_SERVICE_ACCOUNT is not set: Google pushes will be refused");
        }
        GoogleAccessTokens tokens = new GoogleAccessTokens(URI.create(google.tokenEndpoint()),
                new GoogleAccessTokens.OAuthClient(google.oauthClientId().orElse(""),
                        google.oauthClientSecret().orElse("")), Clock.systemUTC());
        GoogleReviewsApi api = new GoogleReviewsApi(URI.create(google.businessApiUrl()),
                PlatformHttp.withTimeouts(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(8)));
        PracticeDirectory practices = stores.stores().map(DynamoDbStores::practices).orElseGet(GoogleWiring::unconfigured);
        return new GooglePush(verifier, new PushEnvelopeParser(),
                new GoogleReviewIngest(practices, refreshTokens, tokens, api, ingest));
    }

    private static PracticeDirectory unconfigured() {
        return new PracticeDirectory() {
            @Override
            public Optional<com.safereply.app.practice.PracticeAccount> findByChannel(com.safereply.app.Platform p,
                                                                                   String id) {
                throw new StoreUnavailableException("store not configured", null);
            }

            @Override
            public Optional<com.safereply.app.practice.PracticeAccount> findById(String id) {
                throw new StoreUnavailableException("store not configured", null);
            }

            @Override
            public java.util.List<String> practiceIds() {
                throw new StoreUnavailableException("store not configured", null);
            }

            @Override
            public void save(com.safereply.app.practice.PracticeAccount practice) {
                throw new StoreUnavailableException("store not configured", null);
            }
        };
    }
}
