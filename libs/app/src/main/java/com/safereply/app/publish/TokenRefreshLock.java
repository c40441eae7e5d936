package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One token refresh at a time per practice and platform, across every container. X's OAuth 2 refresh tokens are
 * single-use and rotate: two functions refreshing at once would each spend the same refresh token, and the loser's
 * answer (or the winner's new token, overwritten) is lost, which ends in re-authorising the practice by hand.
 */
public interface TokenRefreshLock {

    /**
     * @return a lease id when the caller may refresh now; empty while another caller's lease runs. A lease left by a
     *         crashed holder is taken over once it has expired.
     */
    Optional<String> tryAcquire(String practiceId, Platform platform, Instant now, Duration lease);

    /** Ends the lease, if it is still this one. */
    void release(String practiceId, Platform platform, String leaseId);
}
