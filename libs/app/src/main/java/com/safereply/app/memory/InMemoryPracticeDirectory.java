package com.safereply.app.memory;

import com.safereply.app.Platform;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.admin.PracticeAdminStore;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.practice.admin.PracticeVersionConflictException;
import com.safereply.app.practice.admin.VersionedPractice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link PracticeDirectory} and {@link PracticeAdminStore} in memory, over the same practices: a channel belongs to at
 * most one practice; writes are all or nothing, versioned, and audited with their change.
 */
public final class InMemoryPracticeDirectory implements PracticeDirectory, PracticeAdminStore {

    private final Map<String, PracticeAccount> practices = new TreeMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<ChannelRef, String> claims = new HashMap<>();
    private final List<PracticeChange> changes = new ArrayList<>();

    @Override
    public synchronized Optional<PracticeAccount> findByChannel(Platform platform, String channelId) {
        String practiceId = claims.get(new ChannelRef(platform, channelId));
        return practiceId == null ? Optional.empty() : Optional.ofNullable(practices.get(practiceId));
    }

    @Override
    public synchronized Optional<PracticeAccount> findById(String practiceId) {
        return Optional.ofNullable(practices.get(practiceId));
    }

    @Override
    public synchronized List<String> practiceIds() {
        return new ArrayList<>(practices.keySet());
    }

    @Override
    public synchronized void save(PracticeAccount practice) {
        claimAndPut(practice);
    }

    @Override
    public synchronized Optional<VersionedPractice> read(String practiceId) {
        PracticeAccount practice = practices.get(practiceId);
        return practice == null ? Optional.empty()
                : Optional.of(new VersionedPractice(practice, versions.getOrDefault(practiceId, 1L)));
    }

    @Override
    public synchronized VersionedPractice write(PracticeAccount practice, long expectedVersion, PracticeChange change) {
        long stored = practices.containsKey(practice.practiceId())
                ? versions.getOrDefault(practice.practiceId(), 1L) : 0;
        if (stored != expectedVersion) {
            throw new PracticeVersionConflictException("the practice is at version " + stored + ", not "
                    + expectedVersion);
        }
        claimAndPut(practice);
        versions.put(practice.practiceId(), expectedVersion + 1);
        changes.add(change);
        return new VersionedPractice(practice, expectedVersion + 1);
    }

    @Override
    public synchronized void record(PracticeChange change) {
        changes.add(change);
    }

    @Override
    public synchronized List<PracticeChange> changes(String practiceId) {
        return changes.stream().filter(c -> c.practiceId().equals(practiceId)).toList();
    }

    private void claimAndPut(PracticeAccount practice) {
        for (ChannelRef channel : practice.channels()) {
            String owner = claims.get(channel);
            if (owner != null && !owner.equals(practice.practiceId())) {
                throw new ChannelClaimedException(channel, practice.practiceId());
            }
        }
        claims.values().removeIf(practice.practiceId()::equals);
        practice.channels().forEach(channel -> claims.put(channel, practice.practiceId()));
        practices.put(practice.practiceId(), practice);
        versions.merge(practice.practiceId(), 1L, (old, one) -> old);
    }
}
