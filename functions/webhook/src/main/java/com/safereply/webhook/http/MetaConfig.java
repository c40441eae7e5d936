package com.safereply.webhook.http;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Meta secrets, from {@code META_APP_SECRET} and {@code META_VERIFY_TOKEN}. Optional so that a missing secret starts the
 * function and then fails closed (401 / 403) instead of crashing every cold start.
 */
@ConfigMapping(prefix = "safereply.meta")
public interface MetaConfig {
    Optional<String> appSecret();

    Optional<String> verifyToken();
}
