package com.safereply.platforms;

import com.safereply.app.Platform;
import java.util.List;
import java.util.Map;

/**
 * The permissions and scopes SafeReply asks each platform for, and nothing more. Messaging permissions are absent on
 * purpose: a private message is practice-initiated contact, which the safe-reply rules forbid (H11), so the product
 * must not even be able to send one.
 */
public final class PlatformPermissions {
    public static final Map<Platform, List<String>> REQUESTED = Map.of(
            Platform.FACEBOOK, List.of("pages_manage_engagement", "pages_read_engagement", "pages_read_user_engagement"),
            Platform.INSTAGRAM, List.of("instagram_basic", "instagram_manage_comments", "pages_read_engagement",
                    "pages_show_list"),
            Platform.X, List.of("tweet.read", "tweet.write", "users.read", "tweet.moderate.write", "offline.access"));

    private PlatformPermissions() {}
}
