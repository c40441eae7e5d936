package com.safereply.app.practice;

import com.safereply.app.Platform;

import java.util.Objects;

/** A practice's page or account on a platform: the Facebook page id, Instagram account id or X user id. */
public record ChannelRef(Platform platform, String channelId) {
    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("channelId is required");
        }
        if (channelId.indexOf('#') >= 0) {
            throw new IllegalArgumentException("channelId must not contain '#'");
        }
    }
}
