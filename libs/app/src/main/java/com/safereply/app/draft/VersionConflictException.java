package com.safereply.app.draft;

/** The draft changed (or vanished) since it was read: nothing was written. The review API answers 409. */
public class VersionConflictException extends RuntimeException {
    private final String draftId;
    private final long expectedVersion;

    public VersionConflictException(String draftId, long expectedVersion) {
        super("draft " + draftId + " is no longer at version " + expectedVersion);
        this.draftId = draftId;
        this.expectedVersion = expectedVersion;
    }

    public String draftId() {
        return draftId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
