package com.safereply.google;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;

/**
 * Verifies the OIDC token Pub/Sub attaches to each push ({@code Authorization: Bearer <JWT>}), before the body is read:
 * an RS256 signature by one of Google's published keys, issuer {@code accounts.google.com}, audience = our endpoint,
 * {@code email} = the subscription's service account with {@code email_verified}, and not expired (60 s skew).
 *
 * <p>Keys are cached for hours; a token with an unknown key id triggers a refresh (at most one per 30 s), which is how
 * Google's key rotation is followed without fetching the keys for every push.
 */
public final class PushTokenVerifier {
    private static final Set<String> ISSUERS = Set.of("https://accounts.google.com", "accounts.google.com");
    private static final Duration KEYS_CACHED_FOR = Duration.ofHours(6);
    private static final Duration REFRESH_AT_MOST_EVERY = Duration.ofSeconds(30);
    private static final int MAX_JWKS_BYTES = 256 * 1024;
    private static final int MAX_TOKEN_CHARS = 8 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final PushTokenSettings settings;

    public PushTokenVerifier(PushTokenSettings settings) {
        this.settings = settings;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(settings.jwksUri().toURL(),
                            new DefaultResourceRetriever(2_000, 2_000, MAX_JWKS_BYTES))
                    .cache(KEYS_CACHED_FOR.toMillis(), Duration.ofSeconds(5).toMillis())
                    .rateLimited(REFRESH_AT_MOST_EVERY.toMillis())
                    .refreshAheadCache(false)
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS URI is not a URL: " + settings.jwksUri(), e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                Set.of(settings.audience()),
                new JWTClaimsSet.Builder().claim("email", settings.serviceAccount()).build(),
                Set.of("iss", "aud", "exp", "iat", "email"),
                null));
    }

    /** @param authorization the request's Authorization header, possibly null */
    public void verify(String authorization) throws PushAuthenticationException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new PushAuthenticationException("no bearer token");
        }
        String token = authorization.substring("Bearer ".length()).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new PushAuthenticationException("bearer token empty or too long");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new PushAuthenticationException("token is not a JWT");
        } catch (BadJOSEException e) {
            // Signature, key, audience, e-mail or expiry: the library's message names which, never the token itself.
            throw new PushAuthenticationException("token refused: " + e.getMessage());
        } catch (JOSEException e) {
            throw new PushAuthenticationException("token could not be verified: " + e.getClass().getSimpleName());
        }
        if (!ISSUERS.contains(claims.getIssuer())) {
            throw new PushAuthenticationException("token issuer is not Google");
        }
        Object verified = claims.getClaim("email_verified");
        if (!Boolean.TRUE.equals(verified) && !"true".equals(verified)) {
            throw new PushAuthenticationException("service account e-mail is not verified");
        }
    }

    public PushTokenSettings settings() {
        return settings;
    }
}
