package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.memory.InMemoryApproverAccounts;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.app.practice.admin.PracticeAdminStore;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.practice.admin.PracticeVersionConflictException;
import com.safereply.app.practice.admin.VersionedPractice;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.safereply.store.testing.TestPractices.facebook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administration store's promises on DynamoDB Local: versions, conditional claims, audit in the same write. */
class DynamoDbPracticeAdminStoreIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger IDS = new AtomicInteger();

    private PracticeAdminStore store;
    private PracticeDirectory directory;
    private PracticeAdminService service;
    private String id;
    private final Caller operator = Caller.operator("ops");

    @BeforeEach
    void setUp() {
        store = dynamo.stores().practiceAdmin();
        directory = dynamo.stores().practices();
        service = new PracticeAdminService(store, new InMemoryApproverAccounts(), Clock.systemUTC());
        id = "admin-practice-" + IDS.incrementAndGet();
    }

    @Test
    void writesAreVersionedAndEachCarriesItsAuditItem() {
        VersionedPractice created = store.write(TestPractices.practice(id, facebook("fb-" + id)), 0, change(1));
        assertEquals(1, created.version());
        assertEquals(created, store.read(id).orElseThrow());
        assertThrows(PracticeVersionConflictException.class,
                () -> store.write(TestPractices.practice(id), 0, change(1)), "exists already");
        assertEquals(2, store.write(TestPractices.practice(id), 1, change(2)).version());
        assertThrows(PracticeVersionConflictException.class,
                () -> store.write(TestPractices.practice(id, facebook("other-" + id)), 1, change(2)), "stale");

        assertTrue(directory.findByChannel(Platform.FACEBOOK, "fb-" + id).isEmpty(), "released by version 2");
        assertTrue(directory.findByChannel(Platform.FACEBOOK, "other-" + id).isEmpty(), "stale write left nothing");
        List<PracticeChange> trail = store.changes(id);
        assertEquals(List.of(1L, 2L), trail.stream().map(PracticeChange::version).toList(), "refused writes not audited");
        assertEquals(List.of("profile.name", "sla"), trail.get(0).fields());
        assertEquals("facebook:fb-" + id, trail.get(0).subject());
    }

    @Test
    void aChannelClaimedByAnotherPracticeIs409AndNothingIsWrittenForTheClaimant() {
        String other = id + "-other";
        service.put(operator, document(id));
        service.put(operator, document(other));
        service.claim(new Caller("a", id, true, false), id, "google", "loc-" + id);

        assertThrows(ChannelClaimedException.class,
                () -> service.claim(new Caller("b", other, true, false), other, "google", "loc-" + id));
        assertEquals(id, directory.findByChannel(Platform.GOOGLE, "loc-" + id).orElseThrow().practiceId());
        assertEquals(1, store.read(other).orElseThrow().version());
        assertEquals(1, store.changes(other).size(), "only the creation");
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.CHANNEL_CLAIMED),
                store.changes(id).stream().map(PracticeChange::action).toList());
    }

    @Test
    void aRecordedApproverChangeIsInTheTrail() {
        service.put(operator, document(id));
        service.invite(new Caller("a", id, true, false), id, "new@practice.example", false);
        List<PracticeChange> trail = store.changes(id);
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED,
                PracticeChange.Action.APPROVER_INVITED), trail.stream().map(PracticeChange::action).toList(),
                "the request sorts before its outcome, even within one millisecond");
        PracticeChange invited = trail.get(2);
        assertEquals("a", invited.actor());
        assertEquals(List.of("email"), invited.fields());
    }

    private PracticeChange change(long version) {
        return new PracticeChange(id, PracticeChange.Action.UPDATED, "ops", java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(version), List.of("profile.name", "sla"),
                "facebook:fb-" + id, version);
    }

    private static String document(String id) {
        return """
                {"profile": {"practiceId": "%s", "name": "Admin Dental", "jurisdiction": "US", "languages": ["en"],
                             "publishedPhones": ["(212) 555-0147"]}}""".formatted(id);
    }
}
