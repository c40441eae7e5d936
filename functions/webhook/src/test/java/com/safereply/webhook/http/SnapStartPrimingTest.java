package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.SignatureCheck;

/** The webhook's SnapStart priming hook against DynamoDB Local: registered only for snapshots, read-only, never fatal. */
class SnapStartPrimingTest {

    private static final Map<String, String> SNAP_START_INIT = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final MetaSignatureVerifier signatures = new MetaSignatureVerifier("priming-test-secret");
    private final MetaPayloadParser parser = new MetaPayloadParser(new JsonBodies(new ObjectMapper()));
    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void aSnapshotInitRegistersTheHookAndTheCheckpointReadsOnceWithoutWriting() throws Exception {
        SnapStartPriming priming = priming(Optional.of(recorded(dynamo.stores(Clock.systemUTC()).practices())),
                SNAP_START_INIT);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);
        priming.afterRestore(context);

        assertEquals(List.of("findByChannel"), storeCalls, "one read, nothing written");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    @Test
    void anOnDemandContainerNeverRegistersIt() {
        priming(Optional.empty(), Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"));
        priming(Optional.empty(), Map.of());

        assertTrue(context.registered().isEmpty());
    }

    @Test
    void anUnreachableStoreDoesNotFailTheSnapshot() {
        DynamoDbStores down = DynamoDbStores.create(StoreConfig.local("drafts", DynamoDbLocalServer.unreachableEndpoint()));
        SnapStartPriming priming = priming(Optional.of(recorded(down.practices())), SNAP_START_INIT);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(context));
        assertEquals(List.of("findByChannel"), storeCalls, "the read was tried");
    }

    @Test
    void withoutATableTheOtherStepsStillPrime() {
        SnapStartPriming priming = priming(Optional.empty(), SNAP_START_INIT);

        assertDoesNotThrow(() -> priming.beforeCheckpoint(context));
        assertTrue(storeCalls.isEmpty());
    }

    /** The synthetic delivery must take the success path of the parser, or priming would only warm its error path. */
    @Test
    void thePrimingDeliveryParsesLikeARealOneAndItsSignatureNeverPasses() {
        ParsedDelivery parsed = parser.parse(SnapStartPriming.PRIMING_BODY);

        assertEquals(1, parsed.comments().size(), parsed::toString);
        InboundComment comment = parsed.comments().get(0);
        assertEquals(Platform.FACEBOOK, comment.platform());
        assertEquals(SnapStartPriming.PRIMING_CHANNEL_ID, comment.channelId());
        assertEquals(SignatureCheck.MISMATCH, signatures.check(SnapStartPriming.PRIMING_SIGNATURE,
                SnapStartPriming.PRIMING_BODY), "well-formed, so the HMAC is computed, and not valid");
    }

    private SnapStartPriming priming(Optional<PracticeDirectory> practices, Map<String, String> env) {
        return new SnapStartPriming(signatures, parser, practices, env, context);
    }

    /** The real adapter, each call's method name noted in {@link #storeCalls}. */
    private PracticeDirectory recorded(PracticeDirectory real) {
        return RecordedCalls.recording(PracticeDirectory.class, real, storeCalls);
    }
}
