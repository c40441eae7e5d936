package com.safereply.core.model;

import java.util.Locale;

/** What SafeReply recommends doing with a comment, besides (or instead of) posting the draft text. */
public enum ReplyAction {
    /** Post the draft as a public reply. */
    REPLY,
    /** Hide the comment; post nothing (spam). */
    HIDE,
    /** Post a short boundary statement and hide the comment; escalate threats offline (abuse). */
    BOUNDARY_STATEMENT,
    /** Do not reply at all. */
    NO_REPLY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
