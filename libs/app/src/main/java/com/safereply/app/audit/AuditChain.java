package com.safereply.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The tamper evidence of a practice's audit trail: each event's hash covers the previous event's hash and all of its
 * own fields, so editing, deleting or reordering any event breaks every link after it. Fields are joined with the
 * unit separator (U+001F), which no field may hold, so two different events can never serialise alike.
 */
public final class AuditChain {
    /** The previous hash of a practice's first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private AuditChain() {}

    /** The next event of a chain whose last event is {@code previous} (null for the first). */
    public static AuditEvent append(AuditEvent previous, String practiceId, Instant at, String actor, String action,
                                    String draftId, long draftVersion, String textHash, String detail) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        String hash = hashOf(previousHash, practiceId, sequence, at, actor, action, draftId, draftVersion, textHash,
                detail);
        return new AuditEvent(practiceId, sequence, at, actor, action, draftId, draftVersion, textHash, detail,
                previousHash, hash);
    }

    /**
     * The next event after the chain head {@code previousSequence} / {@code previousHash} (0 and {@link #GENESIS}
     * for a practice's first event): what a store that keeps only the head needs.
     */
    public static AuditEvent appendAfter(long previousSequence, String previousHash, String practiceId, Instant at,
                                         String actor, String action, String draftId, long draftVersion,
                                         String textHash, String detail) {
        long sequence = previousSequence + 1;
        String hash = hashOf(previousHash, practiceId, sequence, at, actor, action, draftId, draftVersion, textHash,
                detail);
        return new AuditEvent(practiceId, sequence, at, actor, action, draftId, draftVersion, textHash, detail,
                previousHash, hash);
    }

    /** Recomputes an event's hash from its fields. */
    public static String hashOf(AuditEvent e) {
        return hashOf(e.previousHash(), e.practiceId(), e.sequence(), e.at(), e.actor(), e.action(), e.draftId(),
                e.draftVersion(), e.textHash(), e.detail());
    }

    static String hashOf(String previousHash, String practiceId, long sequence, Instant at, String actor,
                         String action, String draftId, long draftVersion, String textHash, String detail) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : new Object[] {previousHash, practiceId, sequence, at, actor, action, draftId, draftVersion,
                textHash, detail == null ? "" : detail}) {
            String value = String.valueOf(field);
            if (value.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("audit fields must not hold U+001F");
            }
            canonical.append(value).append(SEPARATOR);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
