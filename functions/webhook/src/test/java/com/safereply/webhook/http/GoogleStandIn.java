package com.safereply.webhook.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Google at the wire for the push route: its published signing keys (JWKS), its token endpoint and the Business
 * Profile reviews API, with Google's documented payload shapes. Also signs push tokens as Pub/Sub would, with the
 * published key or another one.
 */
public class GoogleStandIn implements QuarkusTestResourceLifecycleManager {

    static final String AUDIENCE = "https://api.safereply.example/webhooks/google";
    static final String PUSHER = "gbp-push@safereply-test.iam.gserviceaccount.com";
    static final String LOCATION = "accounts/1029384756/locations/5647382910";
    static final String LOCATION_ID = "5647382910";

    static WireMockServer wire;
    static RSAKey googleKey;
    static RSAKey strangerKey;

    @Override
    public Map<String, String> start() {
        try {
            googleKey = new RSAKeyGenerator(2048).keyID("google-test-1").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("google-test-1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        wire.stubFor(get(urlEqualTo("/oauth2/v3/certs"))
                .willReturn(okJson(new JWKSet(googleKey.toPublicJWK()).toString())));
        wire.stubFor(post(urlEqualTo("/token")).willReturn(okJson(
                "{\"access_token\": \"ya29.test-access\", \"expires_in\": 3599, \"scope\": "
                        + "\"https://www.googleapis.com/auth/business.manage\", \"token_type\": \"Bearer\"}")));
        wire.stubFor(get(urlPathMatching("/v4/" + LOCATION + "/reviews/[A-Za-z0-9_-]+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": 404, \"status\": \"NOT_FOUND\"}}")));
        Map<String, String> config = new HashMap<>();
        config.put("safereply.google.push-audience", AUDIENCE);
        config.put("safereply.google.push-service-account", PUSHER);
        config.put("safereply.google.jwks-uri", wire.baseUrl() + "/oauth2/v3/certs");
        config.put("safereply.google.token-endpoint", wire.baseUrl() + "/token");
        config.put("safereply.google.business-api-url", wire.baseUrl());
        config.put("safereply.google.oauth-client-id", "test-client.apps.googleusercontent.com");
        config.put("safereply.google.oauth-client-secret", "test-client-secret");
        return config;
    }

    @Override
    public void stop() {
        if (wire != null) {
            wire.stop();
        }
    }

    /** A review as {@code accounts.locations.reviews.get} returns it. */
    static void review(String reviewId, String stars, String comment, String updateTime) {
        wire.stubFor(get(urlEqualTo("/v4/" + LOCATION + "/reviews/" + reviewId)).willReturn(okJson("""
                {"name": "%s/reviews/%s", "reviewId": "%s",
                 "reviewer": {"displayName": "Pat Example", "profilePhotoUrl": "https://lh3.googleusercontent.com/a/x"},
                 "starRating": "%s", "comment": "%s",
                 "createTime": "2026-12-01T10:00:00Z", "updateTime": "%s"}""".formatted(LOCATION, reviewId, reviewId,
                stars, comment, updateTime))));
    }

    /** A push token as Pub/Sub signs it, changed by {@code change}, signed with {@code key}. */
    static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        Date now = new Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com").audience(AUDIENCE).subject("109876543210987654321")
                .issueTime(now).expirationTime(new Date(now.getTime() + 3_600_000L))
                .claim("email", PUSHER).claim("email_verified", true).claim("azp", "109876543210987654321");
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), change.apply(claims).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
