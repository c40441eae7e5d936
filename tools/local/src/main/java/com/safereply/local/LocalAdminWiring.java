package com.safereply.local;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Practice administration in the local run: the review API's own wiring (its Cognito adapter, real SDK client) aimed
 * at the local Cognito stand-in through {@code APPROVER_USER_POOL_ID} and {@code COGNITO_ENDPOINT}
 * (application.properties).
 */
public class LocalAdminWiring {

    @Produces
    @Singleton
    LocalCognitoStandIn cognitoStandIn(LocalSettings settings,
                                       @ConfigProperty(name = "APPROVER_USER_POOL_ID") String poolId) {
        return LocalCognitoStandIn.start(settings.cognitoPort(), poolId, System.out);
    }

    void closeCognito(@Disposes LocalCognitoStandIn standIn) {
        standIn.close();
    }
}
