package com.safereply.coldstart;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestService;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * What the measured functions talk to, all on loopback: DynamoDB Local (the store's test fixture, tables created from
 * the production {@code TableDefinition}) and an SNS stub. Every run gets a fresh, seeded table, so each cold start
 * does the first-event work of a real one (a new comment really ingests, a new draft really notifies) instead of
 * finding its own earlier writes and short-cutting as a duplicate.
 */
public final class LocalBackends implements AutoCloseable {

    /** The practice the sample events name: {@code demo-practice}, owning the Facebook page of meta-page-comment.json. */
    static final String PRACTICE_ID = "demo-practice";
    static final String PAGE_ID = "104412345678901";
    /** The draft review-get-draft.json reads: the one meta-page-comment.json creates for the demo practice. */
    static final String DRAFT_ID = "qTZ3yEmMx2_HqrKvWX3GbA";

    /** Who the seed's audit items name: the harness, as an operator. */
    private static final String SEED_OPERATOR = "coldstart-harness";
    private static final String PRACTICE_DOCUMENT = """
            {"profile": {"practiceId": "demo-practice", "name": "Demo Practice", "jurisdiction": "US",
                         "languages": ["en"], "publishedPhones": ["555-0100"]},
             "channels": [{"platform": "facebook", "id": "104412345678901"}]}
            """;
    /** The comment of the sample stream record dynamodb-comment-received.json, received for the demo practice. */
    static final String RECEIVED_COMMENT_ID = "711223344556677_998877665544332";
    static final String RECEIVED_DRAFT_ID = DraftIds.of(PRACTICE_ID, Platform.FACEBOOK, RECEIVED_COMMENT_ID);
    private static final String RECEIVED_TEXT = "Do you take new patients on Saturdays?";
    /** Synthetic, PHI-free seed text: this harness prints and logs nothing of it anyway. */
    private static final String SEED_COMMENT = "Do you have parking near the clinic?";
    private static final String SEED_DRAFT = "Thanks for asking! Please call us at 555-0100 and we will help.";

    private final DynamoDbLocalServer dynamoDb;
    private final SnsStub sns;

    private LocalBackends(DynamoDbLocalServer dynamoDb, SnsStub sns) {
        this.dynamoDb = dynamoDb;
        this.sns = sns;
    }

    public static LocalBackends start() throws IOException {
        return new LocalBackends(DynamoDbLocalServer.start(), SnsStub.start());
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public URI snsEndpoint() {
        return sns.endpoint();
    }

    public int publishCount() {
        return sns.publishCount();
    }

    /** What a run's table holds before the first event. */
    public enum Seed {
        /** The demo practice: the sample Meta comment ingests as a new draft. */
        PRACTICE,
        /**
         * The practice and the draft that sample comment produces ({@value #DRAFT_ID}), pending for three hours: the
         * review API reads it, the escalation job finds it overdue. (The webhook would see it as a duplicate.)
         */
        PRACTICE_AND_PENDING_DRAFT,
        /**
         * The practice and the comment of dynamodb-comment-received.json as the webhook stores it (received, awaiting
         * triage, {@value #RECEIVED_COMMENT_ID}): triage classifies, drafts, guards and writes the draft.
         */
        PRACTICE_AND_RECEIVED_COMMENT
    }

    /** A new table holding {@code seed}; returns its name. */
    public String freshSeededTable(Seed seed) {
        String table = dynamoDb.createTable();
        try (DynamoDbClient client = DynamoDbClients.create(dynamoDb.config(table))) {
            DynamoDbStores stores = new DynamoDbStores(client, table, java.time.Clock.systemUTC());
            // As the local run seeds its demo and an operator onboards a practice: the administration use case, audited.
            PracticeAdminService.documentsOnly(stores.practiceAdmin(), java.time.Clock.systemUTC())
                    .put(Caller.operator(SEED_OPERATOR), PRACTICE_DOCUMENT);
            if (seed == Seed.PRACTICE) {
                return table;
            }
            if (seed == Seed.PRACTICE_AND_RECEIVED_COMMENT) {
                new IngestService(stores.practices(), stores.comments(), stores.drafts()).ingest(new InboundComment(
                        Platform.FACEBOOK, PAGE_ID, RECEIVED_COMMENT_ID, CommentVerb.ADD, RECEIVED_COMMENT_ID + "|add",
                        RECEIVED_TEXT, "seed-author", "Seed Author", null, null, null, null));
                return table;
            }
            Instant createdAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MILLIS);
            DraftRecord draft = overdueDraft(createdAt);
            stores.drafts().create(draft, new Delivery(PRACTICE_ID, "seed-comment|add", createdAt.plus(Duration.ofDays(7))),
                    AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, createdAt, null));
        }
        return table;
    }

    /** Items in the table (a scan: the tables here hold a handful). */
    public int itemCount(String table) {
        try (DynamoDbClient client = DynamoDbClients.create(dynamoDb.config(table))) {
            return client.scanPaginator(b -> b.tableName(table).select("COUNT")).stream()
                    .mapToInt(page -> page.count()).sum();
        }
    }

    public void dropTable(String table) {
        dynamoDb.deleteTable(table);
    }

    @Override
    public void close() {
        sns.close();
        dynamoDb.stop();
    }

    private static DraftRecord overdueDraft(Instant createdAt) {
        StoredComment comment = new StoredComment(Platform.FACEBOOK, PAGE_ID, "seed-comment", SEED_COMMENT,
                "seed-author", "Seed Author", "seed.author", PAGE_ID + "_1", "https://www.facebook.com/" + PAGE_ID,
                createdAt.minusSeconds(30));
        TriageSummary triage = new TriageSummary(Category.APPOINTMENT_ADMIN, 0.9, List.of("admin: parking"), Set.of(),
                Language.EN);
        DraftContent text = new DraftContent(SEED_DRAFT, ReplyAction.REPLY, "admin-v1", true, List.of(), 1.0);
        return DraftRecord.newPending(DRAFT_ID, PRACTICE_ID, comment, triage, Urgency.NORMAL, text, createdAt);
    }
}
