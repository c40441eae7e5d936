package com.safereply.app.practice;

import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CachingPracticeDirectoryTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final CountingDirectory store = new CountingDirectory();
    private final CachingPracticeDirectory cache = new CachingPracticeDirectory(store, clock);

    @Test
    void aKnownChannelIsReadFromTheStoreOnceWithinTheTtl() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));

        for (int i = 0; i < 5; i++) {
            assertEquals("sunrise", cache.findByChannel(Platform.FACEBOOK, "1047").orElseThrow().practiceId());
            clock.advance(Duration.ofSeconds(10));
        }

        assertEquals(1, store.channelReads);
    }

    @Test
    void aProfileChangeSavedElsewhereAppliesOnceTheTtlHasPassed() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));
        cache.findByChannel(Platform.FACEBOOK, "1047");
        store.put(practice("sunrise", "Sunrise Dental & Ortho", facebook("1047")));   // another container saved it

        clock.advance(Duration.ofSeconds(CachingPracticeDirectory.DEFAULT_TTL_SECONDS).minusMillis(1));
        assertEquals("Sunrise Dental", cache.findByChannel(Platform.FACEBOOK, "1047").orElseThrow().name());
        clock.advance(Duration.ofMillis(1));
        assertEquals("Sunrise Dental & Ortho", cache.findByChannel(Platform.FACEBOOK, "1047").orElseThrow().name());
        assertEquals(2, store.channelReads);
    }

    @Test
    void anUnknownChannelIsRememberedOnlyBriefly() {
        assertTrue(cache.findByChannel(Platform.FACEBOOK, "2048").isEmpty());
        assertTrue(cache.findByChannel(Platform.FACEBOOK, "2048").isEmpty());
        assertEquals(1, store.channelReads);

        store.put(practice("newclinic", "New Clinic", facebook("2048")));   // claimed right after its first webhook
        clock.advance(Duration.ofSeconds(CachingPracticeDirectory.DEFAULT_MISS_TTL_SECONDS));

        assertEquals("newclinic", cache.findByChannel(Platform.FACEBOOK, "2048").orElseThrow().practiceId());
        assertEquals(2, store.channelReads);
    }

    @Test
    void eachChannelResolvesToItsOwnPracticeAndPlatformsAreNotMixedUp() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));
        store.put(practice("lakeside", "Lakeside Clinic", new ChannelRef(Platform.INSTAGRAM, "1047"),
                facebook("3001")));

        for (int round = 0; round < 2; round++) {   // the second round is served from the cache
            assertEquals("sunrise", cache.findByChannel(Platform.FACEBOOK, "1047").orElseThrow().practiceId());
            assertEquals("lakeside", cache.findByChannel(Platform.INSTAGRAM, "1047").orElseThrow().practiceId());
            assertEquals("lakeside", cache.findByChannel(Platform.FACEBOOK, "3001").orElseThrow().practiceId());
            assertTrue(cache.findByChannel(Platform.X, "1047").isEmpty());
        }
        assertEquals(4, store.channelReads);
    }

    @Test
    void aSaveThroughTheCacheAppliesAtOnce() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));
        cache.findByChannel(Platform.FACEBOOK, "1047");

        cache.save(practice("sunrise", "Sunrise Dental", facebook("5555")));   // the page was replaced

        assertTrue(cache.findByChannel(Platform.FACEBOOK, "1047").isEmpty());
        assertEquals("sunrise", cache.findByChannel(Platform.FACEBOOK, "5555").orElseThrow().practiceId());
    }

    @Test
    void aStoreFailureIsNotRemembered() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));
        store.failing = true;
        assertThrows(StoreUnavailableException.class, () -> cache.findByChannel(Platform.FACEBOOK, "1047"));

        store.failing = false;
        assertEquals("sunrise", cache.findByChannel(Platform.FACEBOOK, "1047").orElseThrow().practiceId());
        assertEquals(2, store.channelReads);
    }

    @Test
    void malformedChannelIdsGoStraightToTheStore() {
        assertTrue(cache.findByChannel(Platform.FACEBOOK, "").isEmpty());
        assertTrue(cache.findByChannel(Platform.FACEBOOK, null).isEmpty());
        assertTrue(cache.findByChannel(Platform.FACEBOOK, "a#b").isEmpty());
        assertEquals(3, store.channelReads);
    }

    @Test
    void theNumberOfRememberedChannelsIsBounded() {
        for (int i = 0; i <= CachingPracticeDirectory.MAX_ENTRIES; i++) {
            cache.findByChannel(Platform.FACEBOOK, "unknown" + i);
        }
        store.channelReads = 0;

        cache.findByChannel(Platform.FACEBOOK, "unknown0");   // evicted when the map filled up

        assertEquals(1, store.channelReads);
    }

    @Test
    void lookupsByIdAreNotCached() {
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));
        cache.findById("sunrise");
        cache.findById("sunrise");
        assertEquals(2, store.idReads);
    }

    @Test
    void forNotificationsLookupsByIdAreCachedWithinTheTtlAndUnknownIdsOnlyBriefly() {
        CachingPracticeDirectory notifications = CachingPracticeDirectory.forNotifications(store, clock);
        store.put(practice("sunrise", "Sunrise Dental", facebook("1047")));

        assertEquals("Sunrise Dental", notifications.findById("sunrise").orElseThrow().name());
        store.put(practice("sunrise", "Sunrise Dental & Ortho", facebook("1047")));
        assertEquals("Sunrise Dental", notifications.findById("sunrise").orElseThrow().name());
        assertTrue(notifications.findById("lakeside").isEmpty());
        assertEquals(2, store.idReads);

        store.put(practice("lakeside", "Lakeside Clinic", facebook("3001")));
        clock.advance(Duration.ofSeconds(CachingPracticeDirectory.DEFAULT_MISS_TTL_SECONDS));
        assertEquals("Lakeside Clinic", notifications.findById("lakeside").orElseThrow().name());
        assertEquals("Sunrise Dental", notifications.findById("sunrise").orElseThrow().name());
        clock.advance(Duration.ofSeconds(CachingPracticeDirectory.DEFAULT_TTL_SECONDS));
        assertEquals("Sunrise Dental & Ortho", notifications.findById("sunrise").orElseThrow().name());
        assertEquals(4, store.idReads);
    }

    @Test
    void ttlsMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new CachingPracticeDirectory(store, clock, Duration.ZERO, Duration.ofSeconds(1), false));
        assertThrows(IllegalArgumentException.class,
                () -> new CachingPracticeDirectory(store, clock, Duration.ofSeconds(1), Duration.ofSeconds(-1), false));
    }

    private static ChannelRef facebook(String id) {
        return new ChannelRef(Platform.FACEBOOK, id);
    }

    private static PracticeAccount practice(String id, String name, ChannelRef... channels) {
        PracticeProfile profile = new PracticeProfile(id, name, Jurisdiction.US, List.of(Language.EN),
                List.of(new PublishedPhone("555-0100", "main")), List.of(), null, null);
        return new PracticeAccount(profile, List.of(channels), SlaPolicy.DEFAULT, false);
    }

    /** The store's behaviour (a channel belongs to at most one practice), counting reads. */
    private static final class CountingDirectory implements PracticeDirectory {
        private final Map<String, PracticeAccount> practices = new HashMap<>();
        int channelReads;
        int idReads;
        boolean failing;

        void put(PracticeAccount practice) {
            practices.put(practice.practiceId(), practice);
        }

        @Override
        public Optional<PracticeAccount> findByChannel(Platform platform, String channelId) {
            channelReads++;
            if (failing) {
                throw new StoreUnavailableException("get channel failed: test", null);
            }
            return practices.values().stream()
                    .filter(p -> p.channels().stream()
                            .anyMatch(c -> c.platform() == platform && c.channelId().equals(channelId)))
                    .findFirst();
        }

        @Override
        public Optional<PracticeAccount> findById(String practiceId) {
            idReads++;
            return Optional.ofNullable(practices.get(practiceId));
        }

        @Override
        public List<String> practiceIds() {
            return new ArrayList<>(practices.keySet());
        }

        @Override
        public void save(PracticeAccount practice) {
            put(practice);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
