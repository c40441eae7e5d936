package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.util.Objects;

/**
 * The public comment a reply answers, and the practice account that answers it: a Facebook Page id, an Instagram
 * professional account id or an X user id. The account id is how a read-back recognises the practice's own reply.
 */
public record ReplyTarget(Platform platform, String accountId, String commentId) {
    /** A Google review's resource name: the only target id that holds slashes. */
    private static final String GOOGLE_REVIEW = "accounts/[0-9]{1,30}/locations/[0-9]{1,30}/reviews/[A-Za-z0-9_-]{1,200}";

    public ReplyTarget {
        Objects.requireNonNull(platform, "platform");
        requirePlain(accountId, "accountId");
        if (platform == Platform.GOOGLE) {
            if (commentId == null || !commentId.matches(GOOGLE_REVIEW)) {
                throw new IllegalArgumentException("commentId must be a review name accounts/{a}/locations/{l}/reviews/{r}");
            }
        } else {
            requirePlain(commentId, "commentId");
        }
    }

    /** Ids go into URL paths: anything but letters, digits, '_' , '-' and '.' would let a bad id change the call. */
    private static void requirePlain(String id, String field) {
        if (id == null || !id.matches("[A-Za-z0-9_.-]{1,128}")) {
            throw new IllegalArgumentException(field + " must be 1-128 letters, digits, '_', '-' or '.'");
        }
    }
}
