package com.safereply.app.practice;

import com.safereply.app.Platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers which practice claimed a channel for a short while, per container: the webhook resolves the channel of
 * every comment, and without this each one costs a consistent read of the channel item plus a parse of the practice
 * document. A warm Lambda container (or the long-running local run) serves many webhooks for the same few pages.
 *
 * <p>What it means for practices: a profile, SLA or channel change saved elsewhere (the practice CLI, another
 * container) reaches this container's webhooks within {@code ttl} (default {@value #DEFAULT_TTL_SECONDS} s); a save
 * through this instance applies at once. A channel nobody claims is remembered only for {@code missTtl} (default
 * {@value #DEFAULT_MISS_TTL_SECONDS} s), so a page claimed right after its first webhook starts drafting promptly.
 * Store failures are never cached; the practice list and saves are never cached.
 *
 * <p>Lookups by practice id are cached only when asked ({@link #forNotifications}): the notify function reads the
 * practice's name and SLA for every new draft, where a minute's delay is harmless; the review API reads the practice
 * for the two-person rule and uses the store directly, so that switch applies at once.
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
    private final boolean cacheById;
    private final ConcurrentHashMap<ChannelRef, Entry> byChannel = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();

    private record Entry(Optional<PracticeAccount> practice, Instant expiresAt) {
    }

    public CachingPracticeDirectory(PracticeDirectory delegate, Clock clock, Duration ttl, Duration missTtl,
                                    boolean cacheById) {
        this.delegate = Objects.requireNonNull(delegate);
        this.clock = Objects.requireNonNull(clock);
        this.ttl = positive(ttl, "ttl");
        this.missTtl = positive(missTtl, "missTtl");
        this.cacheById = cacheById;
    }

    /** Channel lookups cached with the default TTLs: what the webhook uses. */
    public CachingPracticeDirectory(PracticeDirectory delegate, Clock clock) {
        this(delegate, clock, Duration.ofSeconds(DEFAULT_TTL_SECONDS), Duration.ofSeconds(DEFAULT_MISS_TTL_SECONDS),
                false);
    }

    /** Channel and id lookups cached with the default TTLs: what the notify function uses. */
    public static CachingPracticeDirectory forNotifications(PracticeDirectory delegate, Clock clock) {
        return new CachingPracticeDirectory(delegate, clock, Duration.ofSeconds(DEFAULT_TTL_SECONDS),
                Duration.ofSeconds(DEFAULT_MISS_TTL_SECONDS), true);
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
        return cached(byChannel, key, () -> delegate.findByChannel(platform, channelId));
    }

    @Override
    public Optional<PracticeAccount> findById(String practiceId) {
        if (!cacheById || practiceId == null) {
            return delegate.findById(practiceId);
        }
        return cached(byId, practiceId, () -> delegate.findById(practiceId));
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
            byId.clear();
        }
    }

    private <K> Optional<PracticeAccount> cached(ConcurrentHashMap<K, Entry> map, K key,
                                                 Supplier<Optional<PracticeAccount>> read) {
        Instant now = clock.instant();
        Entry entry = map.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.practice();
        }
        Optional<PracticeAccount> found = read.get();
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
        }
        map.put(key, new Entry(found, now.plus(found.isPresent() ? ttl : missTtl)));
        return found;
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
