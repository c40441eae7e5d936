package com.safereply.app;

/** What happened to a comment on the platform. */
public enum CommentVerb {
    /** A new comment: triage it and store a draft. */
    ADD,
    /** The commenter edited it: re-triage a draft that is still pending. */
    EDIT,
    /** The commenter (or a moderator) removed it: retract a pending draft. */
    REMOVE
}
