package com.safereply.store;

import com.safereply.app.draft.DraftState;

import com.safereply.app.Platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Every key of the single-table design, built in one place so adapters and tests agree.
 *
 * <pre>
 * item           PK                                   SK                              GSI1PK / GSI1SK
 * practice       PRACTICE#&lt;practiceId&gt;                PRACTICE                        PRACTICES / &lt;practiceId&gt;
 * comment index  PRACTICE#&lt;practiceId&gt;                COMMENT#&lt;platform&gt;#&lt;commentId&gt;
 * channel claim  CHANNEL#&lt;platform&gt;#&lt;channelId&gt;      CHANNEL
 * draft          DRAFT#&lt;draftId&gt;                      DRAFT                           QUEUE#&lt;practiceId&gt; / &lt;createdAt&gt;#&lt;draftId&gt; (pending only)
 * audit          DRAFT#&lt;draftId&gt;                      AUDIT#&lt;at&gt;#&lt;entryId&gt;
 * notification   DRAFT#&lt;draftId&gt;                      NOTIFIED#&lt;key&gt;
 * delivery       DEDUP#&lt;practiceId&gt;#&lt;hash(key)&gt;       DEDUP                           (TTL expiresAt)
 * </pre>
 */
final class Keys {

    static final String PRACTICE_SK = "PRACTICE";
    static final String PRACTICES_GSI1PK = "PRACTICES";
    static final String CHANNEL_SK = "CHANNEL";
    static final String DRAFT_SK = "DRAFT";
    static final String DEDUP_SK = "DEDUP";
    static final String AUDIT_PREFIX = "AUDIT#";
    static final String NOTIFIED_PREFIX = "NOTIFIED#";

    private Keys() {
    }

    static String practicePk(String practiceId) {
        return "PRACTICE#" + practiceId;
    }

    static String commentSk(Platform platform, String commentId) {
        return "COMMENT#" + platform(platform) + "#" + commentId;
    }

    static String channelPk(Platform platform, String channelId) {
        return "CHANNEL#" + platform(platform) + "#" + channelId;
    }

    static String draftPk(String draftId) {
        return "DRAFT#" + draftId;
    }

    static String queuePk(String practiceId) {
        return "QUEUE#" + practiceId;
    }

    /**
     * GSI1 partition of a practice's drafts in one state. Pending drafts keep the queue partition (what the queue and
     * the escalation pass read); decided and retracted ones move to a partition of their own, so an approver can list
     * what was just approved or rejected without the queue reads ever seeing them.
     */
    static String statePk(String practiceId, DraftState state) {
        return state.isPending() ? queuePk(practiceId) : "DRAFTS#" + practiceId + "#" + state.name();
    }

    /** Sorts the queue by creation time; the draft id breaks ties and makes the key unique. */
    static String queueSk(Instant createdAt, String draftId) {
        return Timestamps.format(createdAt) + "#" + draftId;
    }

    /** The delivery key is hashed: it is caller-defined text and only equality matters. */
    static String dedupPk(String practiceId, String deliveryKey) {
        return "DEDUP#" + practiceId + "#" + hash(deliveryKey);
    }

    static String auditSk(Instant at, String entryId) {
        return AUDIT_PREFIX + Timestamps.format(at) + "#" + entryId;
    }

    static String notifiedSk(String notificationKey) {
        return NOTIFIED_PREFIX + notificationKey;
    }

    private static String platform(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
