package com.safereply.app.publish;

import java.util.Optional;

/** Reads a draft's publish status; callers check the approver's access to the draft first. */
public interface PublishStatusReader {

    /** Empty when publishing never started for the draft. */
    Optional<PublishStatus> statusOf(String draftId);
}
