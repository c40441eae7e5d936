package com.safereply.store;

import com.safereply.app.deferred.DeferredComments;
import com.safereply.app.publish.PublishingPauses;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.admin.PracticeAdminStore;
import com.safereply.app.phrasebook.PhrasebookStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The store adapters over one client and table: what a function builds once at start-up (a Quarkus producer, or a
 * static field in a plain handler) and hands to its use cases.
 */
public final class DynamoDbStores {

    private final DynamoDbClient client;
    private final DraftStore drafts;
    private final DynamoDbPracticeDirectory practices;
    private final ReceivedComments comments;
    private final DeferredComments deferred;
    private final PhrasebookStore phrasebooks;
    private final DynamoDbAuditLog auditLog;
    private final PublishingPauses publishingPauses;
    private final DynamoDbDigestStore digests;
    private final DynamoDbAuditBackfill auditBackfill;

    public DynamoDbStores(DynamoDbClient client, String tableName, Clock clock) {
        this.client = client;
        Writes writes = new Writes(client, tableName, clock);
        this.drafts = new DynamoDbDraftStore(client, tableName, writes);
        this.practices = new DynamoDbPracticeDirectory(client, tableName, clock);
        this.comments = new DynamoDbReceivedComments(client, tableName, writes);
        this.deferred = new DynamoDbDeferredComments(client, tableName, clock);
        this.phrasebooks = new DynamoDbPhrasebookStore(client, tableName);
        this.auditLog = new DynamoDbAuditLog(client, tableName);
        this.publishingPauses = new DynamoDbPublishingPauses(client, tableName);
        this.digests = new DynamoDbDigestStore(client, tableName);
        this.auditBackfill = new DynamoDbAuditBackfill(client, tableName, auditLog);
    }

    public static DynamoDbStores create(StoreConfig config) {
        return create(config, Clock.systemUTC());
    }

    public static DynamoDbStores create(StoreConfig config, Clock clock) {
        return new DynamoDbStores(DynamoDbClients.create(config), config.tableName(), clock);
    }

    public static DynamoDbStores fromEnvironment() {
        return create(StoreConfig.fromEnvironment());
    }

    public DraftStore drafts() {
        return drafts;
    }

    /** The comments the webhook received, awaiting or past triage. */
    public ReceivedComments comments() {
        return comments;
    }

    /** Comment events past a delivery's ceiling, ingested later from the stream. */
    public DeferredComments deferred() {
        return deferred;
    }

    /** The same practices as {@link #practices()}, versioned and audited for the administration use cases. */
    public PracticeAdminStore practiceAdmin() {
        return practices;
    }

    public PracticeDirectory practices() {
        return practices;
    }

    /** Each practice's phrasebook; wrap {@link #practices()} in {@code PracticesWithPhrasebook} where checks need it. */
    public PhrasebookStore phrasebooks() {
        return phrasebooks;
    }

    /** Each practice's audit hash chain (sealing, export pages). */
    public DynamoDbAuditLog auditLog() {
        return auditLog;
    }

    /** The operator's one-off chaining of audit items written before the chain existed. */
    public DynamoDbAuditBackfill auditBackfill() {
        return auditBackfill;
    }

    /** Practices whose publishing a platform's policy block stopped. */
    public PublishingPauses publishingPauses() {
        return publishingPauses;
    }

    /** Each practice's weekly digests (counts only). */
    public DynamoDbDigestStore digests() {
        return digests;
    }

    public DynamoDbClient client() {
        return client;
    }
}
