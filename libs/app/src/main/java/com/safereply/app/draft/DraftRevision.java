package com.safereply.app.draft;

import java.time.Instant;
import java.util.Objects;

/**
 * One text the draft has had: the system's draft at creation or re-triage, or a human edit.
 *
 * @param version the draft version that introduced this text
 * @param editor  who wrote it: an approver's id, or {@link #SYSTEM}
 */
public record DraftRevision(long version, String text, String editor, Instant at) {

    public static final String SYSTEM = "system";

    public DraftRevision {
        text = text == null ? "" : text;
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return "DraftRevision[v" + version + " by " + editor + " at " + at + " chars=" + text.length() + "]";
    }
}
