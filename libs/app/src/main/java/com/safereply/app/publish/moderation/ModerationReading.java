package com.safereply.app.publish.moderation;

/** One read-back of a published reply's moderation. */
public sealed interface ModerationReading {

    /** The platform answered and reports this state for the practice's reply. */
    record Reported(ReplyModeration state) implements ModerationReading {}

    /** The review, or the practice's reply on it, no longer exists: nothing left to watch. */
    record NoReply() implements ModerationReading {}

    /** The read failed (no answer, refused token); nothing can be concluded, so it is read again later. */
    record Unreadable(String reason) implements ModerationReading {}
}
