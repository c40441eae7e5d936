package com.safereply.platforms;

import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.publish.ReplyTarget;
import java.util.EnumMap;
import java.util.Map;

/** One gateway per platform behind the single port the publish use case sees; a platform without one is refused. */
public final class ReplyGateways implements ReplyGateway {
    private final Map<Platform, ReplyGateway> byPlatform;

    private ReplyGateways(Map<Platform, ReplyGateway> byPlatform) {
        this.byPlatform = byPlatform;
    }

    /** Facebook and Instagram both go through Graph. */
    public static ReplyGateways meta(ReplyGateway graph) {
        Map<Platform, ReplyGateway> map = new EnumMap<>(Platform.class);
        map.put(Platform.FACEBOOK, graph);
        map.put(Platform.INSTAGRAM, graph);
        return new ReplyGateways(map);
    }

    public ReplyGateways x(ReplyGateway x) {
        return with(Platform.X, x);
    }

    public ReplyGateways with(Platform platform, ReplyGateway gateway) {
        Map<Platform, ReplyGateway> map = new EnumMap<>(byPlatform);
        map.put(platform, gateway);
        return new ReplyGateways(map);
    }

    @Override
    public PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken token) {
        return gatewayFor(target).postReply(target, text, token);
    }

    @Override
    public ReadBack findOwnReply(ReplyTarget target, PlatformToken token) {
        return gatewayFor(target).findOwnReply(target, token);
    }

    @Override
    public PlatformOutcome hide(ReplyTarget target, PlatformToken token) {
        return gatewayFor(target).hide(target, token);
    }

    private ReplyGateway gatewayFor(ReplyTarget target) {
        ReplyGateway gateway = byPlatform.get(target.platform());
        if (gateway == null) {
            throw new IllegalArgumentException("no reply gateway for " + target.platform().label());
        }
        return gateway;
    }
}
