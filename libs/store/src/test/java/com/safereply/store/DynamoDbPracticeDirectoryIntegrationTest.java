package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.InvalidPracticeDocumentException;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.PracticeSeeder;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.safereply.store.testing.TestPractices.facebook;
import static com.safereply.store.testing.TestPractices.x;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DynamoDbPracticeDirectoryIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger IDS = new AtomicInteger();

    private PracticeDirectory directory;
    private String id;

    @BeforeEach
    void setUp() {
        directory = dynamo.stores().practices();
        id = "practice-" + IDS.incrementAndGet();
    }

    @Test
    void aSavedPracticeIsFoundByIdAndByEachOfItsChannels() {
        PracticeAccount practice = TestPractices.practice(id, facebook("fb-" + id), x("x-" + id));
        directory.save(practice);

        assertEquals(Optional.of(practice), directory.findById(id));
        assertEquals(Optional.of(practice), directory.findByChannel(Platform.FACEBOOK, "fb-" + id));
        assertEquals(Optional.of(practice), directory.findByChannel(Platform.X, "x-" + id));
        assertEquals(Optional.empty(), directory.findByChannel(Platform.INSTAGRAM, "fb-" + id), "platform is part of the key");
        assertTrue(directory.practiceIds().contains(id));
    }

    @Test
    void aChannelAnotherPracticeClaimedIsRefusedAndNothingIsWritten() {
        directory.save(TestPractices.practice(id, facebook("shared-" + id)));
        String intruder = id + "-intruder";

        assertThrows(ChannelClaimedException.class,
                () -> directory.save(TestPractices.practice(intruder, x("x-" + intruder), facebook("shared-" + id))));

        assertEquals(Optional.empty(), directory.findById(intruder));
        assertEquals(Optional.empty(), directory.findByChannel(Platform.X, "x-" + intruder));
        assertEquals(id, directory.findByChannel(Platform.FACEBOOK, "shared-" + id).orElseThrow().practiceId());
    }

    @Test
    void reSavingWithoutAChannelReleasesItForOthers() {
        directory.save(TestPractices.practice(id, facebook("fb-" + id), x("x-" + id)));
        directory.save(TestPractices.practice(id, x("x-" + id)));

        assertEquals(Optional.empty(), directory.findByChannel(Platform.FACEBOOK, "fb-" + id));
        String next = id + "-next";
        directory.save(TestPractices.practice(next, facebook("fb-" + id)));
        assertEquals(next, directory.findByChannel(Platform.FACEBOOK, "fb-" + id).orElseThrow().practiceId());
    }

    @Test
    void channelLookupsSeeTheLatestSettings() {
        directory.save(TestPractices.practice(id, facebook("fb-" + id)));
        PracticeAccount stricter = new PracticeAccount(TestPractices.practice(id).profile(),
                TestPractices.practice(id, facebook("fb-" + id)).channels(), SlaPolicy.ofMinutes(60, 5), true);
        directory.save(stricter);

        PracticeAccount found = directory.findByChannel(Platform.FACEBOOK, "fb-" + id).orElseThrow();
        assertEquals(Duration.ofMinutes(5), found.sla().urgent());
        assertTrue(found.twoPersonRule());
    }

    @Test
    void channelIdsThatCouldForgeAKeyFindNothing() {
        directory.save(TestPractices.practice(id, facebook("fb-" + id)));
        assertEquals(Optional.empty(), directory.findByChannel(Platform.FACEBOOK, "fb-" + id + "#CHANNEL"));
        assertEquals(Optional.empty(), directory.findByChannel(Platform.FACEBOOK, ""));
    }

    @Test
    void theSeederCreatesAPracticeFromItsJsonDocument() {
        String json = """
                {"profile": {"practiceId": "%s", "name": "Sunrise Dental", "jurisdiction": "US",
                             "languages": ["en", "es"], "publishedPhones": ["555-0100", {"number": "555-0188", "role": "privacy"}]},
                 "channels": [{"platform": "facebook", "id": "fb-%s"}, {"platform": "instagram", "id": "ig-%s"}],
                 "sla": {"normalMinutes": 90, "urgentMinutes": 10},
                 "twoPersonRule": true}
                """.formatted(id, id, id);

        PracticeAccount seeded = new PracticeSeeder(directory).seed(json);

        assertEquals(Optional.of(seeded), directory.findByChannel(Platform.INSTAGRAM, "ig-" + id));
        assertEquals("Sunrise Dental", seeded.name());
        assertEquals(SlaPolicy.ofMinutes(90, 10), seeded.sla());
    }

    @Test
    void theSeederRefusesAnInvalidDocumentAndWritesNothing() {
        String json = """
                {"profile": {"practiceId": "%s", "name": "X", "jurisdiction": "US", "languages": ["en"],
                             "publishedPhones": ["911"]}}
                """.formatted(id);

        InvalidPracticeDocumentException e = assertThrows(InvalidPracticeDocumentException.class,
                () -> new PracticeSeeder(directory).seed(json));
        assertEquals("profile.publishedPhones[0]", e.field());
        assertEquals(Optional.empty(), directory.findById(id));
    }
}
