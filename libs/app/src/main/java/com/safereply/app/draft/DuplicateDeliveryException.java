package com.safereply.app.draft;

/** The delivery attached to an update was already applied: nothing was written. */
public class DuplicateDeliveryException extends RuntimeException {
    public DuplicateDeliveryException(String draftId) {
        super("delivery already applied to draft " + draftId);
    }
}
