package com.safereply.app.memory;

import com.safereply.app.digest.DigestStore;
import com.safereply.app.digest.WeeklyDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DigestStore} in memory, for use-case tests and local tools. */
public final class InMemoryDigestStore implements DigestStore {
    private final Map<String, WeeklyDigest> digests = new ConcurrentHashMap<>();

    @Override
    public boolean saveIfAbsent(WeeklyDigest digest) {
        return digests.putIfAbsent(digest.practiceId() + "|" + digest.weekId(), digest) == null;
    }

    @Override
    public Optional<WeeklyDigest> find(String practiceId, String weekId) {
        return Optional.ofNullable(digests.get(practiceId + "|" + weekId));
    }

    @Override
    public Optional<WeeklyDigest> latest(String practiceId) {
        return digests.values().stream().filter(d -> d.practiceId().equals(practiceId))
                .max(java.util.Comparator.comparing(WeeklyDigest::weekId));
    }

    @Override
    public void remove(String practiceId, String weekId) {
        digests.remove(practiceId + "|" + weekId);
    }
}
