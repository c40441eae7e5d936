package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.TestPractices;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import io.smallrye.config.SmallRyeConfigBuilder;

class IngestWiringTest {

    private static final InboundComment COMMENT = new InboundComment(Platform.FACEBOOK, "PAGE", "c1", CommentVerb.ADD,
            "facebook:c1:add", "text", "U", null, null, null, null, null);

    @Test
    void withoutATableNameEveryCommentIsRefusedAsStorageTroubleSoPlatformsRetry() {
        IngestWiring wiring = new IngestWiring();
        Config noTable = new SmallRyeConfigBuilder().withDefaultValues(Map.of()).build();
        IngestStores stores = wiring.ingestStores(noTable);
        CommentIngest ingest = wiring.commentIngest(stores, noTable);

        assertEquals(Optional.empty(), stores.stores(), "nothing for SnapStart priming to read either");
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> ingest.ingest(COMMENT));
        assertEquals("store not configured", e.getMessage());
    }

    @Test
    void channelLookupsAreRememberedForAMinuteByDefault() {
        assertEquals(List.of(IngestOutcome.CREATED, IngestOutcome.CREATED), ingestBeforeAndAfterReleasingThePage(Map.of()));
    }

    @Test
    void aCacheOfZeroSecondsReadsTheChannelForEveryComment() {
        assertEquals(List.of(IngestOutcome.CREATED, IngestOutcome.UNKNOWN_CHANNEL),
                ingestBeforeAndAfterReleasingThePage(Map.of(IngestWiring.CHANNEL_CACHE_SECONDS, "0")));
    }

    /** One comment, then the practice releases its page behind the function's back, then another comment. */
    private static List<IngestOutcome> ingestBeforeAndAfterReleasingThePage(Map<String, String> settings) {
        DynamoDbLocalServer server = DynamoDbLocalServer.shared();
        String table = server.createTable();
        Map<String, String> config = new HashMap<>(server.environment(table));
        config.putAll(settings);
        try (DynamoDbClient client = server.newClient(table)) {
            DynamoDbStores stores = new DynamoDbStores(client, table, Clock.systemUTC());
            stores.practices().save(TestPractices.practice("wired", TestPractices.facebook("PAGE")));
            IngestWiring wiring = new IngestWiring();
            Config wired = new SmallRyeConfigBuilder().withDefaultValues(config).build();
            CommentIngest ingest = wiring.commentIngest(wiring.ingestStores(wired), wired);

            IngestOutcome before = ingest.ingest(COMMENT);
            stores.practices().save(TestPractices.practice("wired"));
            IngestOutcome after = ingest.ingest(new InboundComment(Platform.FACEBOOK, "PAGE", "c2", CommentVerb.ADD,
                    "facebook:c2:add", "text", "U", null, null, null, null, null));
            return List.of(before, after);
        } finally {
            server.deleteTable(table);
        }
    }
}
