package com.safereply.google;

import java.net.URI;
import java.util.Objects;

/**
 * What a Pub/Sub push token must say. {@code audience} is the endpoint URL configured as the push subscription's OIDC
 * audience; {@code serviceAccount} is the e-mail of the service account the subscription signs as; {@code jwksUri} is
 * Google's published signing keys (https://www.googleapis.com/oauth2/v3/certs).
 */
public record PushTokenSettings(String audience, String serviceAccount, URI jwksUri) {
    public static final URI GOOGLE_JWKS = URI.create("https://www.googleapis.com/oauth2/v3/certs");

    public PushTokenSettings {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(serviceAccount, "serviceAccount");
        Objects.requireNonNull(jwksUri, "jwksUri");
        if (audience.isBlank() || serviceAccount.isBlank()) {
            throw new IllegalArgumentException("audience and service account must be configured");
        }
    }
}
