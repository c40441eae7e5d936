package com.safereply.google;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push token's checks, with keys served at the wire the way Google publishes them (a JWKS document). */
class PushTokenVerifierWireTest {
    private static final String AUDIENCE = "https://api.example.com/webhooks/google";
    private static final String PUSHER = "gbp-push@safereply-prod.iam.gserviceaccount.com";
    private static RSAKey googleKey;
    private static RSAKey rotatedKey;
    private static RSAKey strangerKey;

    private WireMockServer wire;
    private PushTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        googleKey = new RSAKeyGenerator(2048).keyID("google-1").generate();
        rotatedKey = new RSAKeyGenerator(2048).keyID("google-2").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("google-1").generate(); // same kid, other key
    }

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        publish(googleKey);
        verifier = new PushTokenVerifier(new PushTokenSettings(AUDIENCE, PUSHER,
                URI.create(wire.baseUrl() + "/oauth2/v3/certs")));
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void validTokenPasses() {
        assertDoesNotThrow(() -> verifier.verify("Bearer " + token(googleKey, c -> c)));
    }

    @Test
    void wrongAudienceIsRefused() {
        refused(token(googleKey, c -> c.audience("https://evil.example/webhooks/google")));
    }

    @Test
    void wrongIssuerIsRefused() {
        refused(token(googleKey, c -> c.issuer("https://login.example.com")));
    }

    @Test
    void wrongServiceAccountIsRefused() {
        refused(token(googleKey, c -> c.claim("email", "someone-else@attacker.iam.gserviceaccount.com")));
    }

    @Test
    void unverifiedEmailIsRefused() {
        refused(token(googleKey, c -> c.claim("email_verified", false)));
    }

    @Test
    void expiredTokenIsRefused() {
        Instant twoHoursAgo = Instant.now().minusSeconds(7_200);
        refused(token(googleKey, c -> c.issueTime(Date.from(twoHoursAgo))
                .expirationTime(Date.from(twoHoursAgo.plusSeconds(3_600)))));
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRefused() {
        refused(token(strangerKey, c -> c));
    }

    @Test
    void missingOrMangledTokenIsRefused() {
        assertThrows(PushAuthenticationException.class, () -> verifier.verify(null));
        assertThrows(PushAuthenticationException.class, () -> verifier.verify("Basic dXNlcjpwYXNz"));
        assertThrows(PushAuthenticationException.class, () -> verifier.verify("Bearer not.a.jwt"));
    }

    @Test
    void rotatedKeyIsFetchedOnceWhenATokenNamesIt() throws Exception {
        verifier.verify("Bearer " + token(googleKey, c -> c));
        publish(googleKey, rotatedKey);

        assertDoesNotThrow(() -> verifier.verify("Bearer " + token(rotatedKey, c -> c)));
        wire.verify(2, getRequestedFor(urlEqualTo("/oauth2/v3/certs")));
        verifier.verify("Bearer " + token(googleKey, c -> c));
        wire.verify(2, getRequestedFor(urlEqualTo("/oauth2/v3/certs")));
    }

    private void refused(String token) {
        PushAuthenticationException e = assertThrows(PushAuthenticationException.class,
                () -> verifier.verify("Bearer " + token));
        assertTrue(!e.getMessage().contains(token), "the reason never quotes the token");
    }

    private void publish(RSAKey... keys) {
        JWKSet set = new JWKSet(java.util.Arrays.stream(keys).map(RSAKey::toPublicJWK)
                .map(k -> (com.nimbusds.jose.jwk.JWK) k).toList());
        wire.stubFor(get("/oauth2/v3/certs").willReturn(okJson(set.toString())));
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(AUDIENCE)
                .subject("112233445566778899")
                .claim("azp", "112233445566778899")
                .claim("email", PUSHER)
                .claim("email_verified", true)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3_600)));
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
