package com.safereply.app.publish.moderation;

import java.time.Instant;
import java.util.List;

/**
 * The published replies whose moderation is still open, as a queue by due time. A reply is put on the watch by the
 * publish ledger in the same write that marks its draft PUBLISHED (for platforms that moderate after posting), so no
 * published Google reply can be missed. Implemented on DynamoDB (a sparse index by practice and due time) and in
 * memory.
 */
public interface ModerationWatch {

    /** At most {@code limit} of the practice's watched replies due at {@code now}, the longest overdue first. */
    List<WatchedReply> due(String practiceId, Instant now, int limit);

    /** Reads {@code reply} again at {@code at} (it leaves the due list until then). */
    void checkAgainAt(WatchedReply reply, Instant at);

    /** Stops watching {@code reply}: its moderation is settled, its window is over, or the reply is gone. */
    void stopWatching(WatchedReply reply);

    /**
     * Records on the draft that the platform rejected its published reply, with an audit item, in one conditional
     * write: only a PUBLISHED draft without a recorded rejection changes. The reply stays watched until the approvers
     * were told ({@link #stopWatching}), so a notification that failed is sent by the next pass.
     *
     * @return true when this call recorded it; false when it was already recorded (a rerun changes nothing)
     */
    boolean recordRejected(WatchedReply reply, Instant at);
}
