package com.safereply.app.memory;

import com.safereply.app.Platform;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link PracticeDirectory} in memory: a channel belongs to at most one practice; saves are all or nothing. */
public final class InMemoryPracticeDirectory implements PracticeDirectory {

    private final Map<String, PracticeAccount> practices = new TreeMap<>();
    private final Map<ChannelRef, String> claims = new HashMap<>();

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
        for (ChannelRef channel : practice.channels()) {
            String owner = claims.get(channel);
            if (owner != null && !owner.equals(practice.practiceId())) {
                throw new ChannelClaimedException(channel, practice.practiceId());
            }
        }
        claims.values().removeIf(practice.practiceId()::equals);
        practice.channels().forEach(channel -> claims.put(channel, practice.practiceId()));
        practices.put(practice.practiceId(), practice);
    }
}
