package com.safereply.app.publish;

/** What reading a comment's replies back says about the practice's own reply to it. */
public sealed interface ReadBack {

    /** The practice account has replied: this is its reply's id. */
    record Found(String platformReplyId) implements ReadBack {}

    /** The comment is readable and holds no reply from the practice account. */
    record Absent() implements ReadBack {}

    /** The read itself failed; nothing can be concluded. */
    record Unreadable(String reason) implements ReadBack {}

    /** The comment is gone (deleted or hidden from the account). */
    record TargetGone() implements ReadBack {}
}
