package com.safereply.webhook.http;

import java.util.Optional;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;

/**
 * Every practice has connected Google (Secrets Manager itself is tested at the wire in libs/secrets). A test may hand
 * out a refresh token of its own ({@link #use}): access tokens are cached per refresh token, so a fresh one makes the
 * next push exchange it at the token endpoint, where the test can see it.
 */
@Alternative
@Singleton
public class TestRefreshTokens implements PlatformTokens {
    static final String REFRESH_TOKEN = "1//test-refresh-token";

    private static volatile String current = REFRESH_TOKEN;

    static void use(String refreshToken) {
        current = refreshToken;
    }

    @Override
    public Optional<PlatformToken> tokenFor(String practiceId, Platform platform) {
        return platform == Platform.GOOGLE ? Optional.of(new PlatformToken(current)) : Optional.empty();
    }
}
