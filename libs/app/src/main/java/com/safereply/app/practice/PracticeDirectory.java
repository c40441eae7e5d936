package com.safereply.app.practice;

import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;

import java.util.List;
import java.util.Optional;

/**
 * The practices SafeReply serves and the platform channels each one has claimed. Every method throws
 * {@link StoreUnavailableException} when storage cannot be reached.
 */
public interface PracticeDirectory {

    /** The practice that claimed this page or account, if any. */
    Optional<PracticeAccount> findByChannel(Platform platform, String channelId);

    Optional<PracticeAccount> findById(String practiceId);

    /** Every practice id, for jobs that visit each practice's queue (SLA escalation). */
    List<String> practiceIds();

    /**
     * Creates or replaces the practice, claims its channels and releases the channels it no longer lists, atomically.
     *
     * @throws ChannelClaimedException when one of its channels belongs to another practice; nothing was written
     */
    void save(PracticeAccount practice);
}
