package com.safereply.store.stream;

import com.safereply.store.InboundItems;

import java.util.Optional;

/** A stream record read as "this comment awaits triage": the draft id of an INSERT or MODIFY of a RECEIVED comment. */
public final class CommentToTriage {

    private CommentToTriage() {
    }

    public static Optional<String> draftId(ChangeRecord record) {
        if ("REMOVE".equals(record.eventName())) {
            return Optional.empty();
        }
        return InboundItems.awaitingTriage(record.newImage());
    }
}
