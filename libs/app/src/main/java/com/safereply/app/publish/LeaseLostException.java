package com.safereply.app.publish;

/**
 * The invocation's lease on a draft was taken over (it ran longer than the lease). Its result is dropped: the holder
 * of the new lease reads the platform back and settles the draft.
 */
public final class LeaseLostException extends RuntimeException {
    public LeaseLostException(String draftId) {
        super("publish lease lost on draft " + draftId);
    }
}
