package com.safereply.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.TokenRefreshLock;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a practice's X access token fresh without ever spending a refresh token twice. X's refresh tokens are
 * single-use and rotate, and several publish containers may need the token at once, so:
 * <ol>
 *   <li>a token that is still good (beyond {@link XCredentials#MARGIN}) is used as it is;</li>
 *   <li>otherwise one caller takes the practice's refresh lease ({@link TokenRefreshLock}), reads the secret again
 *       (another container may have just refreshed it), and only if it is still stale spends the refresh token and
 *       stores the new pair before releasing the lease;</li>
 *   <li>the others wait for the stored result, reading the secret fresh, and never call X's token endpoint.</li>
 * </ol>
 */
final class XTokenRotation {

    /** Longer than one refresh call and one secret write at their timeouts. */
    static final Duration LEASE = Duration.ofSeconds(20);
    static final int WAIT_ROUNDS = 10;
    static final Duration WAIT = Duration.ofMillis(500);
    static final int STORE_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(XTokenRotation.class.getName());

    /** Waits between reads while another container refreshes; a seam so tests do not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration);

        Sleeper REAL = duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private final PracticeSecret secrets;
    private final TokenRefreshLock lock;
    private final XTokenEndpoint endpoint;
    private final Clock clock;
    private final Sleeper sleeper;

    XTokenRotation(PracticeSecret secrets, TokenRefreshLock lock, XTokenEndpoint endpoint, Clock clock,
                   Sleeper sleeper) {
        this.secrets = secrets;
        this.lock = lock;
        this.endpoint = endpoint;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The access token; empty when X refused the refresh token, so the practice must be re-authorised. */
    Optional<PlatformToken> accessToken(String practiceId, XCredentials cached) {
        if (cached.usableAt(clock.instant())) {
            return Optional.of(new PlatformToken(cached.accessToken()));
        }
        for (int round = 0; round < WAIT_ROUNDS; round++) {
            Optional<String> lease = lock.tryAcquire(practiceId, Platform.X, clock.instant(), LEASE);
            if (lease.isPresent()) {
                try {
                    return refreshUnlessDone(practiceId);
                } finally {
                    lock.release(practiceId, Platform.X, lease.get());
                }
            }
            sleeper.sleep(WAIT);
            XCredentials stored = XCredentials.of(secrets.read(practiceId, true).path(Platform.X.label()));
            if (stored.usableAt(clock.instant())) {
                return Optional.of(new PlatformToken(stored.accessToken()));
            }
        }
        throw new TokenRefreshUnavailableException("another refresh is still running");
    }

    private Optional<PlatformToken> refreshUnlessDone(String practiceId) {
        ObjectNode secret = secrets.read(practiceId, true).deepCopy();
        XCredentials current = XCredentials.of(secret.path(Platform.X.label()));
        if (current.usableAt(clock.instant())) {
            return Optional.of(new PlatformToken(current.accessToken())); // refreshed meanwhile by another container
        }
        XTokenEndpoint.Result result = endpoint.refresh(current, clock.instant());
        if (result instanceof XTokenEndpoint.Result.Refused refused) {
            LOG.log(Level.SEVERE, "x refresh token refused practice={0} error={1}: the practice must re-authorise",
                    new Object[] {practiceId, refused.error()});
            return Optional.empty();
        }
        if (result instanceof XTokenEndpoint.Result.Unavailable unavailable) {
            throw new TokenRefreshUnavailableException(unavailable.reason());
        }
        XTokenEndpoint.Result.Refreshed fresh = (XTokenEndpoint.Result.Refreshed) result;
        secret.set(Platform.X.label(), current.refreshedTo(fresh.accessToken(), fresh.refreshToken(),
                fresh.expiresAt()).toJson());
        store(practiceId, secret);
        return Optional.of(new PlatformToken(fresh.accessToken()));
    }

    /**
     * The old refresh token is spent now: the new one exists only here until stored. So the write is retried, and if
     * it still fails the access token is used anyway (good for its lifetime) and the loss is logged for an operator.
     */
    private void store(String practiceId, ObjectNode secret) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < STORE_ATTEMPTS; attempt++) {
            try {
                secrets.replace(practiceId, secret);
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        LOG.log(Level.SEVERE, "x token refreshed but not stored practice={0} error={1}: the practice must"
                + " re-authorise before the access token expires", new Object[] {practiceId, last.getClass().getSimpleName()});
    }
}
