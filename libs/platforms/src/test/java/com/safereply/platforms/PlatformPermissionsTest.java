package com.safereply.platforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins what SafeReply may ask the platforms for: any added permission must be a deliberate change of this test. */
class PlatformPermissionsTest {

    @Test
    void requestedPermissionsArePinned() {
        assertEquals(Map.of(
                Platform.FACEBOOK, List.of("pages_manage_engagement", "pages_read_engagement",
                        "pages_read_user_engagement"),
                Platform.INSTAGRAM, List.of("instagram_basic", "instagram_manage_comments", "pages_read_engagement",
                        "pages_show_list"),
                Platform.X, List.of("tweet.read", "tweet.write", "users.read", "tweet.moderate.write",
                        "offline.access")), PlatformPermissions.REQUESTED);
    }

    @Test
    void noPlatformIsAskedForMessaging() {
        PlatformPermissions.REQUESTED.values().stream().flatMap(List::stream).forEach(permission -> {
            String p = permission.toLowerCase(Locale.ROOT);
            assertTrue(!p.contains("messag") && !p.startsWith("dm.") && !p.contains("direct"),
                    "messaging permission requested: " + permission);
        });
    }
}
