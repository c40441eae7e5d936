package com.safereply.app.practice.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.memory.InMemoryApproverAccounts;
import com.safereply.app.memory.InMemoryStores;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.InvalidPracticeDocumentException;
import com.safereply.app.review.ReviewNotFoundException;

/** Create, read, versioned update, channels, approvers, audit and tenancy, over the in-memory ports. */
class PracticeAdminServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String HARBOR = "harbor-dental";
    private static final String SUNRISE = "sunrise-dental";

    private final InMemoryStores stores = new InMemoryStores(Clock.fixed(NOW, ZoneOffset.UTC));
    private final InMemoryApproverAccounts accounts = new InMemoryApproverAccounts();
    private final PracticeAdminService service = new PracticeAdminService(stores.practiceAdmin(), accounts,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final Caller operator = Caller.operator("ops-1");
    private final Caller harborAdmin = new Caller("hana", HARBOR, true, false);
    private final Caller harborClerk = new Caller("carl", HARBOR, false, false);
    private final Caller sunriseAdmin = new Caller("sam", SUNRISE, true, false);

    static String document(String id, String name, String extra) {
        return """
                {"profile": {"practiceId": "%s", "name": "%s", "jurisdiction": "US", "languages": ["en", "es"],
                             "publishedPhones": ["(212) 555-0147"]}%s}""".formatted(id, name, extra);
    }

    @Test
    void anOperatorCreatesAPracticeAndItsAdminReadsAndUpdatesItAtTheVersionRead() {
        VersionedPractice created = service.create(operator, document(HARBOR, "Harbor Dental",
                ", \"channels\": [{\"platform\": \"facebook\", \"id\": \"2001\"}]"));
        assertEquals(1, created.version());
        assertEquals("(212) 555-0147", created.practice().profile().mainPhone().number(), "written as practices write it");
        assertEquals(HARBOR, stores.practices().findByChannel(Platform.FACEBOOK, "2001").orElseThrow().practiceId());

        VersionedPractice read = service.read(harborAdmin, HARBOR);
        VersionedPractice updated = service.update(harborAdmin, HARBOR, document(HARBOR, "Harbor Family Dental",
                ", \"sla\": {\"normalMinutes\": 60, \"urgentMinutes\": 10}, \"twoPersonRule\": true"), read.version());
        assertEquals(2, updated.version());
        assertEquals("Harbor Family Dental", updated.practice().name());
        assertTrue(updated.practice().twoPersonRule());
        assertEquals(60, updated.practice().sla().normal().toMinutes());
        assertEquals(List.of(new ChannelRef(Platform.FACEBOOK, "2001")), updated.practice().channels(),
                "an update keeps the channels");

        assertThrows(PracticeVersionConflictException.class, () -> service.update(harborAdmin, HARBOR,
                document(HARBOR, "Stale Dental", ""), 1), "version 1 is stale");
        assertEquals("Harbor Family Dental", service.read(harborAdmin, HARBOR).practice().name());

        List<PracticeChange> trail = service.changes(harborAdmin, HARBOR);
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.UPDATED),
                trail.stream().map(PracticeChange::action).toList());
        assertEquals(List.of("ops-1", "hana"), trail.stream().map(PracticeChange::actor).toList());
        assertEquals(List.of("profile.name", "sla", "twoPersonRule"), trail.get(1).fields());
        assertEquals(NOW, trail.get(1).at());
        assertEquals(2, trail.get(1).version());
    }

    @Test
    void onlyOperatorsCreateAndAnExistingIdIsAConflict() {
        assertThrows(AdminForbiddenException.class, () -> service.create(harborAdmin, document(HARBOR, "H", "")));
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        assertThrows(PracticeVersionConflictException.class,
                () -> service.create(operator, document(HARBOR, "Harbor Again", "")));
        assertEquals("Harbor Dental", service.read(operator, HARBOR).practice().name());
        assertEquals(1, stores.practiceAdmin().changes(HARBOR).size());
    }

    @Test
    void aChannelClaimedByAnotherPracticeIsRefusedAndReleaseFreesIt() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        service.create(operator, document(SUNRISE, "Sunrise Dental", ""));

        VersionedPractice claimed = service.claim(harborAdmin, HARBOR, "google", "9");
        assertEquals(2, claimed.version());
        assertEquals(claimed, service.claim(harborAdmin, HARBOR, "google", "9"),
                "claiming again changes nothing");
        ChannelClaimedException refused = assertThrows(ChannelClaimedException.class,
                () -> service.claim(sunriseAdmin, SUNRISE, "google", "9"));
        assertFalse(refused.getMessage().contains(HARBOR), "the owner is not named");
        assertTrue(stores.practiceAdmin().changes(SUNRISE).stream()
                .noneMatch(c -> c.action() == PracticeChange.Action.CHANNEL_CLAIMED), "nothing audited for sunrise");

        assertThrows(ReviewNotFoundException.class,
                () -> service.release(sunriseAdmin, SUNRISE, "google", "9"));
        service.release(harborAdmin, HARBOR, "google", "9");
        assertTrue(stores.practices().findByChannel(Platform.GOOGLE, "9").isEmpty());
        service.claim(sunriseAdmin, SUNRISE, "google", "9");
        assertEquals(SUNRISE, stores.practices().findByChannel(Platform.GOOGLE, "9")
                .orElseThrow().practiceId());

        List<PracticeChange> harbor = stores.practiceAdmin().changes(HARBOR);
        assertEquals("google:9", harbor.get(1).subject());
        assertEquals(PracticeChange.Action.CHANNEL_RELEASED, harbor.get(2).action());
    }

    @Test
    void badChannelsAndDocumentsNameTheirField() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        assertEquals("platform", assertThrows(InvalidPracticeDocumentException.class,
                () -> service.claim(harborAdmin, HARBOR, "myspace", "1")).field());
        assertEquals("channelId", assertThrows(InvalidPracticeDocumentException.class,
                () -> service.claim(harborAdmin, HARBOR, "facebook", "a#b")).field());
        assertEquals("channels", assertThrows(InvalidPracticeDocumentException.class,
                () -> service.update(harborAdmin, HARBOR, document(HARBOR, "H",
                        ", \"channels\": [{\"platform\": \"x\", \"id\": \"9\"}]"), 1)).field());
        assertEquals("profile.practiceId", assertThrows(InvalidPracticeDocumentException.class,
                () -> service.update(harborAdmin, HARBOR, document(SUNRISE, "H", ""), 1)).field());
        assertEquals("sla.normalMinutes", assertThrows(InvalidPracticeDocumentException.class,
                () -> service.update(harborAdmin, HARBOR, document(HARBOR, "H", ", \"sla\": {\"normalMinutes\": 0}"),
                        1)).field());
        assertEquals("email", assertThrows(InvalidAdminRequestException.class,
                () -> service.invite(harborAdmin, HARBOR, "not-an-address", false)).field());
        assertEquals(1, stores.practiceAdmin().changes(HARBOR).size(), "only the creation");
    }

    @Test
    void approversAreInvitedListedAndDisabledWithinTheirPractice() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        service.create(operator, document(SUNRISE, "Sunrise Dental", ""));
        ApproverAccount ada = service.invite(harborAdmin, HARBOR, " Ada@Harbor.example ", true);
        assertEquals("ada@harbor.example", ada.email());
        assertTrue(accounts.isAdmin(ada.username()));
        assertThrows(ApproverExistsException.class, () -> service.invite(sunriseAdmin, SUNRISE, "ada@harbor.example", false));

        assertEquals(List.of(ada), service.approvers(harborAdmin, HARBOR));
        assertTrue(service.approvers(sunriseAdmin, SUNRISE).isEmpty());
        assertThrows(ReviewNotFoundException.class, () -> service.disable(sunriseAdmin, SUNRISE, ada.username()),
                "another practice's approver");
        assertFalse(service.disable(harborAdmin, HARBOR, ada.username()).enabled());
        assertFalse(service.approvers(harborAdmin, HARBOR).get(0).enabled());

        List<PracticeChange> trail = stores.practiceAdmin().changes(HARBOR);
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED,
                PracticeChange.Action.APPROVER_INVITED, PracticeChange.Action.APPROVER_DISABLED),
                trail.stream().map(PracticeChange::action).toList());
        assertEquals(null, trail.get(1).subject(), "requested before the account, and its user name, exist");
        assertEquals(ada.username(), trail.get(2).subject());
        assertEquals(List.of("email", "admin"), trail.get(2).fields());
        assertTrue(trail.get(2).at().isAfter(trail.get(1).at()), "the outcome sorts after its request");
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED),
                actions(SUNRISE), "sunrise's refused invite: asked for, nothing created");
    }

    /** The invite is audited before the account exists: an audit that cannot be written stops the invite. */
    @Test
    void anInviteWhoseAuditCannotBeWrittenCreatesNoAccount() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        PracticeAdminService auditDown = new PracticeAdminService(
                new AuditFailing(stores.practiceAdmin(), PracticeChange.Action.APPROVER_INVITE_REQUESTED), accounts,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThrows(StoreUnavailableException.class,
                () -> auditDown.invite(harborAdmin, HARBOR, "ada@harbor.example", true));

        assertTrue(accounts.list(HARBOR).isEmpty(), "no account the trail does not mention");
        assertEquals(1, stores.practiceAdmin().changes(HARBOR).size(), "only the creation");
    }

    /** Past the request, every failure leaves the trail saying at least what was asked for, and nothing false. */
    @Test
    void anInviteThatFailsAfterItsRequestWasAuditedLeavesTheRequestInTheTrail() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        PracticeAdminService outcomeNotRecorded = new PracticeAdminService(
                new AuditFailing(stores.practiceAdmin(), PracticeChange.Action.APPROVER_INVITED), accounts,
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(StoreUnavailableException.class,
                () -> outcomeNotRecorded.invite(harborAdmin, HARBOR, "ada@harbor.example", false));
        assertEquals(1, accounts.list(HARBOR).size(), "the account was created");
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED),
                actions(HARBOR), "and is audited as requested, by hana, when");
        assertEquals("hana", stores.practiceAdmin().changes(HARBOR).get(1).actor());

        PracticeAdminService identityDown = new PracticeAdminService(stores.practiceAdmin(), new IdentityDown(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(StoreUnavailableException.class,
                () -> identityDown.invite(harborAdmin, HARBOR, "bob@harbor.example", false));
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED,
                PracticeChange.Action.APPROVER_INVITE_REQUESTED), actions(HARBOR), "a request, no invite claimed");
    }

    private List<PracticeChange.Action> actions(String practiceId) {
        return stores.practiceAdmin().changes(practiceId).stream().map(PracticeChange::action).toList();
    }

    /** The in-memory store, except that recording changes of one kind fails as DynamoDB does when unreachable. */
    private record AuditFailing(PracticeAdminStore store, PracticeChange.Action failing) implements PracticeAdminStore {

        @Override
        public Optional<VersionedPractice> read(String practiceId) {
            return store.read(practiceId);
        }

        @Override
        public VersionedPractice write(PracticeAccount practice, long expectedVersion, PracticeChange change) {
            return store.write(practice, expectedVersion, change);
        }

        @Override
        public void record(PracticeChange change) {
            if (change.action() == failing) {
                throw new StoreUnavailableException("record practice change: storage unreachable", null);
            }
            store.record(change);
        }

        @Override
        public List<PracticeChange> changes(String practiceId) {
            return store.changes(practiceId);
        }
    }

    /** Cognito unreachable: every call fails as the adapter reports it. */
    private static final class IdentityDown implements ApproverAccounts {

        @Override
        public ApproverAccount invite(String practiceId, String email, boolean admin) {
            throw down();
        }

        @Override
        public Optional<ApproverAccount> find(String practiceId, String username) {
            throw down();
        }

        @Override
        public void disable(String practiceId, String username) {
            throw down();
        }

        @Override
        public List<ApproverAccount> list(String practiceId) {
            throw down();
        }

        private static StoreUnavailableException down() {
            return new StoreUnavailableException("create approver: identity provider unavailable", null);
        }
    }

    @Test
    void otherPracticesAreNotFoundAndMembersWithoutTheAdminGroupAreForbiddenOnEveryUseCase() {
        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        service.create(operator, document(SUNRISE, "Sunrise Dental", ""));
        List<Runnable> calls = List.<java.util.function.Consumer<Caller>>of(
                c -> service.read(c, HARBOR),
                c -> service.update(c, HARBOR, document(HARBOR, "Taken Over", ""), 1),
                c -> service.claim(c, HARBOR, "x", "777"),
                c -> service.release(c, HARBOR, "x", "777"),
                c -> service.invite(c, HARBOR, "eve@evil.example", true),
                c -> service.disable(c, HARBOR, "someone"),
                c -> service.approvers(c, HARBOR),
                c -> service.changes(c, HARBOR)).stream()
                .<Runnable>map(call -> () -> call.accept(sunriseAdmin)).toList();
        for (Runnable call : calls) {
            assertThrows(ReviewNotFoundException.class, call::run);
        }
        assertThrows(ReviewNotFoundException.class, () -> service.read(sunriseAdmin, "no-such-practice"));
        assertThrows(AdminForbiddenException.class, () -> service.read(harborClerk, HARBOR));
        assertThrows(AdminForbiddenException.class, () -> service.claim(harborClerk, HARBOR, "x", "777"));
        assertThrows(AdminForbiddenException.class, () -> service.invite(harborClerk, HARBOR, "c@h.example", false));
        assertEquals(1, stores.practiceAdmin().changes(HARBOR).size());
        assertEquals(1, stores.practiceAdmin().changes(SUNRISE).size());
        assertTrue(accounts.list(HARBOR).isEmpty());
        assertEquals("Harbor Dental", service.read(harborAdmin, HARBOR).practice().name());
    }

    @Test
    void putCreatesThenReplacesChannelsIncludedAndAnUnchangedDocumentWritesNothing() {
        String first = document(HARBOR, "Harbor Dental", ", \"channels\": [{\"platform\": \"x\", \"id\": \"1\"}]");
        assertEquals(1, service.put(operator, first).version());
        assertEquals(1, service.put(operator, first).version(), "same document, nothing written");
        VersionedPractice replaced = service.put(operator, document(HARBOR, "Harbor Dental",
                ", \"channels\": [{\"platform\": \"instagram\", \"id\": \"2\"}]"));
        assertEquals(2, replaced.version());
        assertTrue(stores.practices().findByChannel(Platform.X, "1").isEmpty(), "released");
        assertEquals(List.of("channels"), stores.practiceAdmin().changes(HARBOR).get(1).fields());
        assertThrows(AdminForbiddenException.class, () -> service.put(harborAdmin, first));
    }

    /**
     * A phrasebook sentence is vetted text, so a document may not add one: only a proposal that the guard checks and a
     * second admin accepts does. Sentences already stored (documents written before proposals existed) may stay or go.
     */
    @Test
    void aDocumentCannotAddPhrasebookSentencesButMayKeepOrDropStoredOnes() {
        String withUnsafe = document(HARBOR, "Harbor Dental", "").replace("\"publishedPhones\"",
                "\"phrasebook\": [\"Your results came back fine, no need to see a doctor.\"], \"publishedPhones\"");
        InvalidPracticeDocumentException onCreate = assertThrows(InvalidPracticeDocumentException.class,
                () -> service.create(operator, withUnsafe));
        assertEquals("profile.phrasebook[0]", onCreate.field());
        assertTrue(onCreate.getMessage().contains("proposals"), onCreate.getMessage());
        assertTrue(stores.practiceAdmin().read(HARBOR).isEmpty(), "nothing created");
        assertThrows(InvalidPracticeDocumentException.class, () -> service.put(operator, withUnsafe));
        assertTrue(stores.practiceAdmin().read(HARBOR).isEmpty(), "nothing put");

        service.create(operator, document(HARBOR, "Harbor Dental", ""));
        InvalidPracticeDocumentException onUpdate = assertThrows(InvalidPracticeDocumentException.class,
                () -> service.update(harborAdmin, HARBOR, withUnsafe, 1));
        assertEquals("profile.phrasebook[0]", onUpdate.field());
        assertEquals(1, service.read(harborAdmin, HARBOR).version(), "nothing written");
        assertEquals(List.of(), service.read(harborAdmin, HARBOR).practice().profile().phrasebook());
        assertEquals(1, service.changes(harborAdmin, HARBOR).size(), "nothing audited but the creation");

        // A document stored before proposals existed keeps its sentences on a round trip, and may drop them.
        String kept = "We reply to every review within a day.";
        String legacy = document(SUNRISE, "Sunrise Dental", "").replace("\"publishedPhones\"",
                "\"phrasebook\": [\"" + kept + "\"], \"publishedPhones\"");
        stores.practiceAdmin().write(com.safereply.app.practice.PracticeDocument.parse(legacy), 0,
                new PracticeChange(SUNRISE, PracticeChange.Action.CREATED, "migration", NOW, List.of("profile"), null, 1));
        VersionedPractice roundTrip = service.update(sunriseAdmin, SUNRISE,
                legacy.replace("Sunrise Dental", "Sunrise Family Dental"), 1);
        assertEquals(List.of(kept), roundTrip.practice().profile().phrasebook());
        VersionedPractice dropped = service.update(sunriseAdmin, SUNRISE, document(SUNRISE, "Sunrise Family Dental", ""),
                2);
        assertEquals(List.of(), dropped.practice().profile().phrasebook());
    }
}
