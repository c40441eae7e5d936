package com.safereply.webhook.http;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** X secret, from {@code X_CONSUMER_SECRET}; a missing one fails closed like {@link MetaConfig}. */
@ConfigMapping(prefix = "safereply.x")
public interface XConfig {
    Optional<String> consumerSecret();
}
