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
 * inbound        DRAFT#&lt;draftId&gt;                      INBOUND                         RECEIVED#&lt;practiceId&gt; / &lt;updatedAt&gt;#&lt;draftId&gt; (awaiting triage only)
 * draft          DRAFT#&lt;draftId&gt;                      DRAFT                           QUEUE#&lt;practiceId&gt; / &lt;createdAt&gt;#&lt;draftId&gt; (pending only)
 * audit          DRAFT#&lt;draftId&gt;                      AUDIT#&lt;at&gt;#&lt;entryId&gt;              AUDITQ#&lt;practiceId&gt; / &lt;at&gt;#&lt;entryId&gt; (until chained)
 * practice audit PRACTICE#&lt;practiceId&gt;                AUDIT#&lt;at&gt;#&lt;entryId&gt;              AUDITQ#&lt;practiceId&gt; / &lt;at&gt;#&lt;entryId&gt; (until chained)
 * chain link     PRACTICE#&lt;practiceId&gt;                CHAIN#&lt;sequence, 12 digits&gt;       AUDITLOG#&lt;practiceId&gt; / &lt;at&gt;#&lt;sequence&gt;
 * chain head     PRACTICE#&lt;practiceId&gt;                CHAINHEAD
 * view pointer   DRAFT#&lt;draftId&gt;                      VIEWING#&lt;hash(actor)&gt;         (the approver's current view item)
 * notification   DRAFT#&lt;draftId&gt;                      NOTIFIED#&lt;key&gt;
 * phrasebook     PRACTICE#&lt;practiceId&gt;                PHRASEBOOK
 * proposal       PRACTICE#&lt;practiceId&gt;                PHRASE#&lt;proposalId&gt;
 * phrase audit   PRACTICE#&lt;practiceId&gt;                PHRASEAUDIT#&lt;at&gt;#&lt;proposalId&gt;#&lt;action&gt;
 * admin audit    PRACTICE#&lt;practiceId&gt;                ADMINAUDIT#&lt;at&gt;#&lt;entryId&gt;
 * publish pause  PRACTICE#&lt;practiceId&gt;                PUBLISHING_PAUSE
 * pause audit    PRACTICE#&lt;practiceId&gt;                PAUSEAUDIT#&lt;at&gt;#&lt;action&gt;
 * refresh lock   PRACTICE#&lt;practiceId&gt;                TOKEN_REFRESH#&lt;platform&gt;        (leaseUntil; never any token)
 * moderation     DRAFT#&lt;draftId&gt;                      MODERATION_WATCH                MODERATION#&lt;practiceId&gt; / &lt;nextCheckAt&gt;#&lt;draftId&gt;
 * delivery       DEDUP#&lt;practiceId&gt;#&lt;hash(key)&gt;       DEDUP                           (TTL expiresAt)
 * </pre>
 */
final class Keys {

    static final String PRACTICE_SK = "PRACTICE";
    static final String PRACTICES_GSI1PK = "PRACTICES";
    static final String CHANNEL_SK = "CHANNEL";
    static final String DRAFT_SK = "DRAFT";
    static final String INBOUND_SK = "INBOUND";
    static final String DEDUP_SK = "DEDUP";
    static final String AUDIT_PREFIX = "AUDIT#";
    static final String NOTIFIED_PREFIX = "NOTIFIED#";
    static final String VIEWING_PREFIX = "VIEWING#";
    static final String PHRASEBOOK_SK = "PHRASEBOOK";
    static final String PROPOSAL_PREFIX = "PHRASE#";
    static final String PHRASEBOOK_AUDIT_PREFIX = "PHRASEAUDIT#";
    static final String ADMIN_AUDIT_PREFIX = "ADMINAUDIT#";
    static final String CHAIN_PREFIX = "CHAIN#";
    static final String CHAIN_HEAD_SK = "CHAINHEAD";
    static final String PUBLISHING_PAUSE_SK = "PUBLISHING_PAUSE";
    static final String PAUSE_AUDIT_PREFIX = "PAUSEAUDIT#";
    static final String TOKEN_REFRESH_PREFIX = "TOKEN_REFRESH#";
    static final String MODERATION_WATCH_SK = "MODERATION_WATCH";

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

    /** The practice's comments awaiting triage (sparse: only while RECEIVED), for the stuck-comment check. */
    static String receivedPk(String practiceId) {
        return "RECEIVED#" + practiceId;
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

    /** GSI1 partition of a practice's audit items not yet in its hash chain (sparse: removed when chained). */
    static String unchainedPk(String practiceId) {
        return "AUDITQ#" + practiceId;
    }

    static String unchainedSk(Instant at, String entryId) {
        return Timestamps.format(at) + "#" + entryId;
    }

    static String chainSk(long sequence) {
        return CHAIN_PREFIX + String.format("%012d", sequence);
    }

    /** GSI1 partition of a practice's chain links by event time: where a time-range export starts. */
    static String chainByTimePk(String practiceId) {
        return "AUDITLOG#" + practiceId;
    }

    static String chainByTimeSk(Instant at, long sequence) {
        return Timestamps.format(at) + "#" + String.format("%012d", sequence);
    }

    /** The actor is hashed: it is an identity provider's subject, free text as far as the key is concerned. */
    static String viewingSk(String actor) {
        return VIEWING_PREFIX + hash(actor);
    }

    static String proposalSk(String proposalId) {
        return PROPOSAL_PREFIX + proposalId;
    }

    /** Sorted by time; the proposal and action make it unique (one proposal is proposed and accepted once each). */
    static String phrasebookAuditSk(Instant at, String proposalId, String action) {
        return PHRASEBOOK_AUDIT_PREFIX + Timestamps.format(at) + "#" + proposalId + "#" + action;
    }

    /** Sorted by time; the random entry id keeps two changes in the same millisecond apart. */
    static String adminAuditSk(Instant at, String entryId) {
        return ADMIN_AUDIT_PREFIX + Timestamps.format(at) + "#" + entryId;
    }

    static String pauseAuditSk(Instant at, String action) {
        return PAUSE_AUDIT_PREFIX + Timestamps.format(at) + "#" + action;
    }

    /** GSI1 partition of a practice's published replies whose moderation is still watched, by due time. */
    static String moderationPk(String practiceId) {
        return "MODERATION#" + practiceId;
    }

    static String moderationSk(Instant nextCheckAt, String draftId) {
        return Timestamps.format(nextCheckAt) + "#" + draftId;
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
