package com.safereply.app.memory;

import com.safereply.app.Platform;
import com.safereply.app.publish.TokenRefreshLock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The refresh lock in memory, with the DynamoDB one's semantics (expired leases are taken over), for tests. */
public final class InMemoryTokenRefreshLock implements TokenRefreshLock {

    private record Lease(String id, Instant until) {}

    private final Map<String, Lease> leases = new HashMap<>();

    @Override
    public synchronized Optional<String> tryAcquire(String practiceId, Platform platform, Instant now,
                                                    Duration lease) {
        Lease held = leases.get(key(practiceId, platform));
        if (held != null && held.until().isAfter(now)) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        leases.put(key(practiceId, platform), new Lease(id, now.plus(lease)));
        return Optional.of(id);
    }

    @Override
    public synchronized void release(String practiceId, Platform platform, String leaseId) {
        leases.computeIfPresent(key(practiceId, platform), (k, held) -> held.id().equals(leaseId) ? null : held);
    }

    private static String key(String practiceId, Platform platform) {
        return practiceId + "#" + platform.label();
    }
}
