package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.store.testing.DynamoDbLocalExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The X token refresh lease against DynamoDB Local: one holder, takeover after expiry, no freeing another's lease. */
class DynamoDbTokenRefreshLockIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(20);

    private final DynamoDbTokenRefreshLock lock = new DynamoDbTokenRefreshLock(dynamo.client(), dynamo.tableName());
    private final String practice = "rotating-" + PRACTICES.incrementAndGet();

    @Test
    void oneHolderAtATimeUntilReleased() {
        String first = lock.tryAcquire(practice, Platform.X, T0, LEASE).orElseThrow();
        assertEquals(Optional.empty(), lock.tryAcquire(practice, Platform.X, T0.plusSeconds(1), LEASE));
        assertTrue(lock.tryAcquire(practice, Platform.FACEBOOK, T0, LEASE).isPresent(), "per platform");
        assertTrue(lock.tryAcquire("other-" + practice, Platform.X, T0, LEASE).isPresent(), "per practice");

        lock.release(practice, Platform.X, first);
        assertTrue(lock.tryAcquire(practice, Platform.X, T0.plusSeconds(2), LEASE).isPresent());
    }

    @Test
    void aCrashedHoldersLeaseIsTakenOverAfterItExpiresAndItsLateReleaseFreesNothing() {
        String crashed = lock.tryAcquire(practice, Platform.X, T0, LEASE).orElseThrow();
        String successor = lock.tryAcquire(practice, Platform.X, T0.plus(LEASE).plusMillis(1), LEASE).orElseThrow();

        lock.release(practice, Platform.X, crashed);

        assertEquals(Optional.empty(), lock.tryAcquire(practice, Platform.X, T0.plus(LEASE).plusSeconds(2), LEASE),
                "the successor still holds it");
        lock.release(practice, Platform.X, successor);
        assertTrue(lock.tryAcquire(practice, Platform.X, T0.plus(LEASE).plusSeconds(3), LEASE).isPresent());
    }
}
