package com.safereply.app;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Where a comment was posted. */
public enum Platform {
    FACEBOOK,
    INSTAGRAM,
    X,
    /** Google Business Profile reviews: the "comment" is a review, the "channel" a location. */
    GOOGLE;

    /**
     * Google moderates a business's replies after accepting them, and can reject one hours later: such replies are
     * watched after publishing ({@code ModerationCheck}).
     */
    public boolean moderatesRepliesAfterPosting() {
        return this == GOOGLE;
    }

    /** Google's limit on a review reply, in UTF-8 bytes (a longer reply is refused when posted). */
    public static final int GOOGLE_MAX_REPLY_BYTES = 4_096;

    /**
     * Why this platform would refuse {@code text} as a reply for its length, if it would: checked on every edit, so an
     * approver hears it while editing and not after approving. Only Google's limit is documented in bytes (2,000
     * characters of Spanish or emoji can pass 4,096 bytes); the others' limits are above the drafts' 2,000 characters.
     */
    public Optional<String> replyLengthProblem(String text) {
        if (this == GOOGLE) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > GOOGLE_MAX_REPLY_BYTES) {
                return Optional.of("text is " + bytes + " bytes in UTF-8; Google accepts review replies of at most "
                        + GOOGLE_MAX_REPLY_BYTES);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
