package com.safereply.webhook.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.Triager;
import com.safereply.core.TriageEngine;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.ItemType;
import com.safereply.store.StoreConfig;
import com.safereply.store.TableDefinition;
import com.safereply.store.testing.TableInspector;
import com.safereply.store.testing.TestPractices;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The integration tests' view of the function's table, through a client of their own: empties it and seeds the sample
 * practice before each test, and reads back what a delivery stored. Scans are fine here, never in production code.
 */
final class IngestTable {

    /** Config key the test resource sets: where the test inspects the table (the function may be pointed elsewhere). */
    static final String INSPECT_ENDPOINT = "safereply.test.inspect-endpoint";

    static final String PRACTICE_ID = "sample-clinic";
    /** The channels the sample events in {@code events/} are addressed to. */
    static final String FACEBOOK_PAGE = "104412345678901";
    static final String INSTAGRAM_ACCOUNT = "17841400000000001";
    static final String X_ACCOUNT = "2244994945";
    static final String FACEBOOK_COMMENT = "711223344556677_998877665544332";
    /** The Google location the push tests' reviews are on ({@code accounts/1029384756/locations/5647382910}). */
    static final String GOOGLE_LOCATION = "5647382910";

    private final DynamoDbClient client;
    private final String table;
    private final DynamoDbStores stores;
    private final TableInspector inspector;
    private final TriageService triage;

    private IngestTable(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.stores = new DynamoDbStores(client, table, java.time.Clock.systemUTC());
        this.inspector = new TableInspector(client, table);
        this.triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(),
                Triager.of(new TriageEngine()), java.time.Clock.systemUTC(), TriageObserver.NONE);
    }

    /**
     * Runs the triage stage (the real engine) over every comment awaiting it, as the triage function does for each
     * stream record: the webhook itself only stores comments. Returns this, for {@code table.afterTriage().items(...)}.
     */
    IngestTable afterTriage() {
        for (Map<String, AttributeValue> item : inspector.items(ItemType.INBOUND)) {
            triage.triage(item.get("draftId").s());
        }
        return this;
    }

    /** The table the running function was given, seen from the test. */
    static IngestTable fromTestConfig() {
        Config config = ConfigProvider.getConfig();
        String table = config.getValue(StoreConfig.TABLE_NAME, String.class);
        URI endpoint = URI.create(config.getValue(INSPECT_ENDPOINT, String.class));
        return new IngestTable(DynamoDbClients.create(StoreConfig.local(table, endpoint)), table);
    }

    /** Deletes every item, then seeds the practice that owns the sample events' page and accounts. */
    IngestTable resetWithSamplePractice() {
        for (Map<String, AttributeValue> item : client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items()) {
            client.deleteItem(b -> b.tableName(table).key(Map.of(
                    TableDefinition.PK, item.get(TableDefinition.PK), TableDefinition.SK, item.get(TableDefinition.SK))));
        }
        stores.practices().save(samplePractice());
        return this;
    }

    static PracticeAccount samplePractice() {
        return TestPractices.practice(PRACTICE_ID, TestPractices.facebook(FACEBOOK_PAGE),
                new ChannelRef(Platform.INSTAGRAM, INSTAGRAM_ACCOUNT), TestPractices.x(X_ACCOUNT),
                new ChannelRef(Platform.GOOGLE, GOOGLE_LOCATION));
    }

    /** The comment's draft, after the triage stage ran. */
    DraftRecord draft(Platform platform, String commentId) {
        afterTriage();
        return stores.drafts().findById(DraftIds.of(PRACTICE_ID, platform, commentId))
                .orElseThrow(() -> new AssertionError("no draft for " + platform + " comment " + commentId));
    }

    /** The approval queue, after the triage stage ran. */
    List<DraftRecord> queue() {
        afterTriage();
        return stores.drafts().pending(PRACTICE_ID, com.safereply.app.draft.PageRequest.first(100)).items();
    }

    List<Map<String, AttributeValue>> items(ItemType type) {
        return inspector.items(type);
    }

    Map<String, AttributeValue> rawDraft(String draftId) {
        return inspector.item("DRAFT#" + draftId, "DRAFT");
    }

    /** Everything but the seeded practice and its channel claims: what deliveries wrote. */
    int writtenByDeliveries() {
        int all = 0;
        for (ItemType type : ItemType.values()) {
            if (type != ItemType.PRACTICE && type != ItemType.CHANNEL) {
                all += items(type).size();
            }
        }
        return all;
    }
}
