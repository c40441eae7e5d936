package com.safereply.app.practice;

import com.safereply.app.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which practice claimed a channel for a short while, per container: the webhook resolves the channel of
 * every comment, and without this each one costs a consistent read of the channel item plus a parse of the practice
 * document. A warm Lambda container (or the long-running local run) serves many webhooks for the same few pages.
 *
 * <p>What it means for practices: a profile, SLA or channel change saved elsewhere (the practice CLI, another
 * container) reaches this container's webhooks within {@code ttl} (default {@value #DEFAULT_TTL_SECONDS} s); a save
 * through this instance applies at once. A channel nobody claims is remembered only for {@code missTtl} (default
 * {@value #DEFAULT_MISS_TTL_SECONDS} s), so a page claimed right after its first webhook starts drafting promptly.
 * Lookups by practice id, the practice list and saves are not cached: the review API and escalation read them fresh.
 * Store failures are never cached.
 */
public final class CachingPracticeDirectory implements PracticeDirectory {

    public static final long DEFAULT_TTL_SECONDS = 60;
    public static final long DEFAULT_MISS_TTL_SECONDS = 5;
    /**
     * Channel ids only come from deliveries whose signature verified, so the set is small in practice; the bound keeps
     * a misconfigured sender from growing the map without limit.
     */
    static final int MAX_ENTRIES = 10_000;

    private final PracticeDirectory delegate;
    private final Clock clock;
    private final Duration ttl;
    private final Duration missTtl;
    private final ConcurrentHashMap<ChannelRef, Entry> byChannel = new ConcurrentHashMap<>();

    private record Entry(Optional<PracticeAccount> practice, Instant expiresAt) {
    }

    public CachingPracticeDirectory(PracticeDirectory delegate, Clock clock, Duration ttl, Duration missTtl) {
        this.delegate = Objects.requireNonNull(delegate);
        this.clock = Objects.requireNonNull(clock);
        this.ttl = positive(ttl, "ttl");
        this.missTtl = positive(missTtl, "missTtl");
    }

    public CachingPracticeDirectory(PracticeDirectory delegate, Clock clock) {
        this(delegate, clock, Duration.ofSeconds(DEFAULT_TTL_SECONDS), Duration.ofSeconds(DEFAULT_MISS_TTL_SECONDS));
    }

    @Override
    public Optional<PracticeAccount> findByChannel(Platform platform, String channelId) {
        ChannelRef key;
        try {
            key = new ChannelRef(platform, channelId);
        } catch (RuntimeException notAChannel) {
            // Not a well-formed channel id: the store answers (empty), nothing worth remembering.
            return delegate.findByChannel(platform, channelId);
        }
        Instant now = clock.instant();
        Entry cached = byChannel.get(key);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.practice();
        }
        Optional<PracticeAccount> found = delegate.findByChannel(platform, channelId);
        remember(key, new Entry(found, now.plus(found.isPresent() ? ttl : missTtl)), now);
        return found;
    }

    @Override
    public Optional<PracticeAccount> findById(String practiceId) {
        return delegate.findById(practiceId);
    }

    @Override
    public List<String> practiceIds() {
        return delegate.practiceIds();
    }

    /** Saves, then forgets every remembered channel: this container sees its own change at once. */
    @Override
    public void save(PracticeAccount practice) {
        try {
            delegate.save(practice);
        } finally {
            byChannel.clear();
        }
    }

    private void remember(ChannelRef key, Entry entry, Instant now) {
        if (byChannel.size() >= MAX_ENTRIES) {
            byChannel.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (byChannel.size() >= MAX_ENTRIES) {
                byChannel.clear();
            }
        }
        byChannel.put(key, entry);
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
