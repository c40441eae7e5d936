package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storage that cannot be reached (a loopback port where nothing listens) surfaces as StoreUnavailableException. */
class StoreUnavailableIntegrationTest {

    private static DynamoDbStores stores;

    @BeforeAll
    static void pointAtNothing() {
        StoreConfig config = new StoreConfig("any-table", "us-east-1",
                Optional.of(DynamoDbLocalServer.unreachableEndpoint()), Duration.ofSeconds(3));
        stores = new DynamoDbStores(DynamoDbClients.create(config), config.tableName(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        stores.client().close();
    }

    @Test
    void everyDraftStoreOperationReportsTheStoreAsUnavailable() {
        DraftStore drafts = stores.drafts();
        DraftRecord draft = TestDrafts.pending("down", "c1", Instant.parse("2025-03-01T09:00:00Z"));

        assertUnavailable(() -> drafts.create(draft, TestDrafts.delivery(draft, draft.createdAt()), TestDrafts.created(draft)));
        assertUnavailable(() -> drafts.findById(draft.draftId()));
        assertUnavailable(() -> drafts.findByComment("down", Platform.FACEBOOK, "c1"));
        assertUnavailable(() -> drafts.pending("down", PageRequest.first(10)));
        assertUnavailable(() -> drafts.update(DraftUpdate.of(draft.retracted(draft.createdAt()))));
        assertUnavailable(() -> drafts.appendAudit(TestDrafts.created(draft)));
        assertUnavailable(() -> drafts.auditTrail(draft.draftId()));
        assertUnavailable(() -> drafts.markNotified(draft.draftId(), "pending#v1", draft.createdAt()));
    }

    @Test
    void everyDirectoryOperationReportsTheStoreAsUnavailable() {
        PracticeDirectory practices = stores.practices();

        assertUnavailable(() -> practices.findByChannel(Platform.FACEBOOK, "page"));
        assertUnavailable(() -> practices.findById("p"));
        assertUnavailable(practices::practiceIds);
        assertUnavailable(() -> practices.save(TestPractices.practice("p", TestPractices.facebook("page"))));
    }

    @Test
    void ingestFailsWithStoreUnavailableSoTheWebhookAnswers5xx() {
        IngestService ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts());
        InboundComment comment = new InboundComment(Platform.FACEBOOK, "page", "c1", CommentVerb.ADD, "c1|add",
                "hello", "u", "Pat", "pat", null, null, null);

        assertUnavailable(() -> ingest.ingest(comment));
    }

    private static void assertUnavailable(Executable call) {
        long start = System.nanoTime();
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, call);
        assertInstanceOf(SdkClientException.class, e.getCause());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "gave up after bounded retries, before the 3 s call timeout; took " + millis + " ms");
    }
}
