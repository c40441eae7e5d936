package com.safereply.app.practice.admin;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.PracticeAccount;

import java.util.List;
import java.util.Optional;

/**
 * Versioned practice documents and their audit trail, for the administration use cases. Every method throws
 * {@link StoreUnavailableException} when storage cannot be reached. The practice item, its channel claims and the
 * audit item are written together or not at all.
 */
public interface PracticeAdminStore {

    Optional<VersionedPractice> read(String practiceId);

    /**
     * Writes {@code practice} as version {@code expectedVersion + 1}, claims its channels, releases the channels the
     * stored version listed and it does not, and appends {@code change}.
     *
     * @param expectedVersion the version read; 0 creates a practice that must not exist yet
     * @throws PracticeVersionConflictException when the stored version is not {@code expectedVersion}
     * @throws ChannelClaimedException          when one of its channels belongs to another practice
     */
    VersionedPractice write(PracticeAccount practice, long expectedVersion, PracticeChange change);

    /** Appends a change that touched no practice item (an approver invited or disabled). */
    void record(PracticeChange change);

    /** The practice's administration audit trail, oldest first. */
    List<PracticeChange> changes(String practiceId);
}
