package com.safereply.local;

import java.util.Optional;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import com.safereply.store.DynamoDbStores;

/**
 * Google in the local run: the stand-in ({@link LocalGoogleStandIn}) that the webhook's Google wiring is pointed at by
 * {@code GOOGLE_*} (application.properties), and the practices' refresh tokens: every practice that claimed a Google
 * location has "connected" it locally, with a token the stand-in's token endpoint accepts.
 */
public class LocalGoogleWiring {

    @Produces
    @Singleton
    LocalGoogleStandIn googleStandIn(LocalSettings settings,
                                     @ConfigProperty(name = "GOOGLE_PUSH_AUDIENCE") String audience,
                                     @ConfigProperty(name = "GOOGLE_PUSH_SERVICE_ACCOUNT") String serviceAccount) {
        return LocalGoogleStandIn.start(settings.googlePort(), audience, serviceAccount);
    }

    void closeGoogle(@Disposes LocalGoogleStandIn standIn) {
        standIn.close();
    }

    /** Replaces the webhook's Secrets Manager default: the local refresh token of a practice with a Google location. */
    @Produces
    @Singleton
    PlatformTokens googleRefreshTokens(DynamoDbStores stores) {
        return (practiceId, platform) -> platform != Platform.GOOGLE ? Optional.empty()
                : stores.practices().findById(practiceId)
                .filter(p -> p.channels().stream().anyMatch(c -> c.platform() == Platform.GOOGLE))
                .map(p -> new PlatformToken(LocalGoogleStandIn.refreshTokenFor(practiceId)));
    }
}
