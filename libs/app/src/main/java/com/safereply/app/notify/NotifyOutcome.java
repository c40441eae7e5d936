package com.safereply.app.notify;

/** What became of one draft change handed to {@link NewDraftNotifier}. */
public enum NotifyOutcome {
    /** Published now. */
    SENT,
    /** A receipt for this draft and event exists: it was sent before (a re-delivered stream record). */
    ALREADY_SENT,
    /** The change is not one approvers are told about (decided, edited by an approver, not a draft). */
    NOT_NEEDED
}
