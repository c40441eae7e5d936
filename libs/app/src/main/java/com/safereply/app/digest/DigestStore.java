package com.safereply.app.digest;

import java.util.Optional;

/** Where computed digests are kept for the approvers' page (counts only), one per practice and week. */
public interface DigestStore {
    /** Stores the digest unless one for its practice and week exists; false when one did (sent already or racing). */
    boolean saveIfAbsent(WeeklyDigest digest);

    Optional<WeeklyDigest> find(String practiceId, String weekId);

    /** The practice's newest stored digest (by ISO week), what the approvers' page opens on. */
    Optional<WeeklyDigest> latest(String practiceId);

    /** Forgets a digest whose sending failed, so the next run sends it again. */
    void remove(String practiceId, String weekId);
}
