package com.safereply.store;

import com.safereply.app.draft.DraftStore;
import com.safereply.app.practice.PracticeDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The store adapters over one client and table: what a function builds once at start-up (a Quarkus producer, or a
 * static field in a plain handler) and hands to its use cases.
 */
public final class DynamoDbStores {

    private final DynamoDbClient client;
    private final DraftStore drafts;
    private final PracticeDirectory practices;

    public DynamoDbStores(DynamoDbClient client, String tableName, Clock clock) {
        this.client = client;
        this.drafts = new DynamoDbDraftStore(client, tableName, clock);
        this.practices = new DynamoDbPracticeDirectory(client, tableName, clock);
    }

    public static DynamoDbStores create(StoreConfig config) {
        return new DynamoDbStores(DynamoDbClients.create(config), config.tableName(), Clock.systemUTC());
    }

    public static DynamoDbStores fromEnvironment() {
        return create(StoreConfig.fromEnvironment());
    }

    public DraftStore drafts() {
        return drafts;
    }

    public PracticeDirectory practices() {
        return practices;
    }

    public DynamoDbClient client() {
        return client;
    }
}
