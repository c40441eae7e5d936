package com.safereply.webhook.http;

import java.util.Optional;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;

/** Every practice has connected Google (Secrets Manager itself is tested at the wire in libs/secrets). */
@Alternative
@Singleton
public class TestRefreshTokens implements PlatformTokens {
    static final String REFRESH_TOKEN = "1//test-refresh-token";

    @Override
    public Optional<PlatformToken> tokenFor(String practiceId, Platform platform) {
        return platform == Platform.GOOGLE ? Optional.of(new PlatformToken(REFRESH_TOKEN)) : Optional.empty();
    }
}
