package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.store.testing.StubTriager;

import io.smallrye.config.SmallRyeConfigBuilder;

class IngestWiringTest {

    private static final InboundComment COMMENT = new InboundComment(Platform.FACEBOOK, "PAGE", "c1", CommentVerb.ADD,
            "facebook:c1:add", "text", "U", null, null, null, null, null);

    @Test
    void withoutATableNameEveryCommentIsRefusedAsStorageTroubleSoPlatformsRetry() {
        IngestWiring wiring = new IngestWiring();
        IngestStores stores = wiring.ingestStores(new SmallRyeConfigBuilder().withDefaultValues(Map.of()).build());
        CommentIngest ingest = wiring.commentIngest(stores, new StubTriager(),
                new IngestTelemetry(new EmfWriter(java.time.Clock.systemUTC(), line -> { })));

        assertEquals(Optional.empty(), stores.stores(), "nothing for SnapStart priming to read either");
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> ingest.ingest(COMMENT));
        assertEquals("store not configured", e.getMessage());
    }
}
