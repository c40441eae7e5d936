package com.safereply.app.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One append-only audit item. It names the text by its hash, never by its content, so the trail can prove which text
 * was seen or approved without copying it again.
 *
 * @param entryId      unique per event; writing the same entry twice is a no-op
 * @param actor        an approver's id, {@link DraftRevision#SYSTEM} or {@link DraftRecord#PLATFORM}
 * @param draftVersion the draft version the action saw or produced
 * @param textHash     SHA-256 (hex) of the draft text at that version
 * @param detail       a short PHI-free note (e.g. "two-person rule"), or null; never comment or draft text
 * @param count        how many events the item stands for: 1, except for {@code viewed} items, which fold repeated
 *                     views by one approver of one version within a window (see {@link DraftStore#recordView})
 * @param lastAt       when the last of those events happened ({@code at} is the first)
 */
public record AuditEntry(String entryId, String draftId, String practiceId, Instant at, String actor,
                         AuditAction action, long draftVersion, String textHash, String detail,
                         long count, Instant lastAt) {

    public AuditEntry {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(lastAt, "lastAt");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (count > 1 && action != AuditAction.VIEWED) {
            throw new IllegalArgumentException("only viewed items fold repeated events");
        }
    }

    /** One event: count 1, last at its own time. */
    public AuditEntry(String entryId, String draftId, String practiceId, Instant at, String actor,
                      AuditAction action, long draftVersion, String textHash, String detail) {
        this(entryId, draftId, practiceId, at, actor, action, draftVersion, textHash, detail, 1, at);
    }

    /** An entry for what {@code actor} did to {@code draft} (as it is after the action), with a fresh id. */
    public static AuditEntry of(DraftRecord draft, String actor, AuditAction action, Instant at, String detail) {
        return new AuditEntry(UUID.randomUUID().toString(), draft.draftId(), draft.practiceId(), at, actor, action,
                draft.version(), sha256(draft.draft().text()), detail);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
