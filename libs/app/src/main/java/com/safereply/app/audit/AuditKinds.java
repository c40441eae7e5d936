package com.safereply.app.audit;

import com.safereply.app.draft.AuditAction;
import java.util.List;

/**
 * The event kinds of the export, from what the stores record. Most audit items are one event; an approval of free
 * text is two, {@code approved} and {@code attested}, because the second approver's attestation is a statement of its
 * own that a compliance officer looks for (it is recorded in the approval's note, see
 * {@code ReviewService.approvalDetail}).
 */
public final class AuditKinds {
    public static final String ATTESTATION_MARK = "attested";
    static final String ATTESTED_DETAIL = "neitherConfirmsNorDeniesRelationship, noHealthInformation";

    /** One exported event: its kind and note. */
    public record Kind(String action, String detail) {}

    private AuditKinds() {}

    public static List<Kind> of(AuditAction action, String detail) {
        String kind = switch (action) {
            case RECEIVED -> "received";
            case CREATED, RETRIAGED -> "triaged";
            case VIEWED -> "viewed";
            case EDITED -> "edited";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case PUBLISHED -> "published";
            case HIDDEN -> "hidden";
            case REPLY_REJECTED -> "reply_rejected";
            case PUBLISH_FAILED -> "failed";
            case RETRACTED -> "retracted";
            case PUBLISH_ATTEMPTED -> "publish_attempted";
            case PUBLISH_RETRIED -> "publish_retried";
            case EXPORTED_WITH_TEXT -> "exported_with_text";
            case PHRASE_PROPOSED -> "phrase_proposed";
            case PHRASE_ACCEPTED -> "phrase_accepted";
            case PUBLISHING_PAUSED -> "publishing_paused";
            case PUBLISHING_RESUMED -> "publishing_resumed";
            case PRACTICE_CHANGED -> "practice_changed";
        };
        String note = action == AuditAction.RETRIAGED ? prefixed("retriaged", detail) : detail;
        if (action == AuditAction.APPROVED && detail != null && detail.contains(ATTESTATION_MARK)) {
            return List.of(new Kind(kind, note), new Kind("attested", ATTESTED_DETAIL));
        }
        return List.of(new Kind(kind, note));
    }

    private static String prefixed(String prefix, String detail) {
        return detail == null ? prefix : prefix + "; " + detail;
    }
}
