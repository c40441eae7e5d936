package com.safereply.webhook.google;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Google Business Profile push settings, from the environment template.yaml sets (application.properties maps
 * them). Without the audience or the service account every push is refused (401): fail closed.
 */
@ConfigMapping(prefix = "safereply.google")
public interface GoogleConfig {

    /** {@code GOOGLE_PUSH_AUDIENCE}: the audience the push subscription puts in its token (this endpoint's URL). */
    Optional<String> pushAudience();

    /** {@code GOOGLE_PUSH_SERVICE_ACCOUNT}: the e-mail of the service account the subscription signs as. */
    Optional<String> pushServiceAccount();

    /** {@code GOOGLE_JWKS_URI}: Google's signing keys. */
    @WithDefault("https://www.googleapis.com/oauth2/v3/certs")
    String jwksUri();

    /** {@code GOOGLE_OAUTH_URL}: where a refresh token becomes an access token. */
    @WithDefault("https://oauth2.googleapis.com/token")
    String tokenEndpoint();

    /** {@code GOOGLE_BUSINESS_API_URL}: the Business Profile API v4. */
    @WithDefault("https://mybusiness.googleapis.com")
    String businessApiUrl();

    /** {@code GOOGLE_OAUTH_CLIENT_ID} and {@code GOOGLE_OAUTH_CLIENT_SECRET}: SafeReply's OAuth client at Google. */
    Optional<String> oauthClientId();

    Optional<String> oauthClientSecret();

    /** {@code PLATFORM_CREDENTIALS_PREFIX}: one Secrets Manager secret per practice, with its Google refresh token. */
    @WithDefault("safereply/platform-tokens/")
    String tokenSecretPrefix();

    /** {@code CREDENTIAL_STORE_ENDPOINT}: a Secrets Manager stand-in; empty in AWS. */
    Optional<String> secretsEndpoint();
}
