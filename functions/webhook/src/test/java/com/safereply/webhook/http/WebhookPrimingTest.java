package com.safereply.webhook.http;

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
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.RecordedCalls;
import com.safereply.store.testing.RecordingCracContext;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.SignatureCheck;

/**
 * The webhook's priming steps against DynamoDB Local (when the hook registers, and that a failing step never fails the
 * snapshot, is tested once with {@link SnapStartPriming}).
 */
class WebhookPrimingTest {

    private static final Map<String, String> SNAP_START_INIT = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final MetaSignatureVerifier signatures = new MetaSignatureVerifier("priming-test-secret");
    private final MetaPayloadParser parser = new MetaPayloadParser(new JsonBodies(new ObjectMapper()));
    private final List<String> storeCalls = new ArrayList<>();
    private final RecordingCracContext context = new RecordingCracContext();

    @Test
    void theCheckpointChecksASignatureParsesAndReadsOnceWithoutWriting() throws Exception {
        PracticeDirectory practices = RecordedCalls.recording(PracticeDirectory.class,
                dynamo.stores(Clock.systemUTC()).practices(), storeCalls);
        SnapStartPriming priming = SnapStartPriming.forSnapshots(
                WebhookPriming.steps(signatures, parser, Optional.of(practices)), SNAP_START_INIT, context);
        assertEquals(List.of(priming), context.registered());

        priming.beforeCheckpoint(context);

        assertEquals(List.of("signature check", "payload parse", "store read"), priming.stepNames());
        assertEquals(List.of("findByChannel"), storeCalls, "one read, nothing written");
        assertEquals(0, dynamo.client().scan(b -> b.tableName(dynamo.tableName())).count(), "the table is untouched");
    }

    @Test
    void withoutATableTheOtherStepsStillPrime() {
        SnapStartPriming priming = SnapStartPriming.forSnapshots(
                WebhookPriming.steps(signatures, parser, Optional.empty()), SNAP_START_INIT, context);

        priming.beforeCheckpoint(context);

        assertEquals(List.of("signature check", "payload parse"), priming.stepNames());
        assertTrue(storeCalls.isEmpty());
    }

    /** The synthetic delivery must take the success path of the parser, or priming would only warm its error path. */
    @Test
    void thePrimingDeliveryParsesLikeARealOneAndItsSignatureNeverPasses() {
        ParsedDelivery parsed = parser.parse(WebhookPriming.PRIMING_BODY);

        assertEquals(1, parsed.comments().size(), parsed::toString);
        InboundComment comment = parsed.comments().get(0);
        assertEquals(Platform.FACEBOOK, comment.platform());
        assertEquals(SnapStartPriming.PRIMING_ID, comment.channelId());
        assertEquals(SignatureCheck.MISMATCH, signatures.check(WebhookPriming.PRIMING_SIGNATURE,
                WebhookPriming.PRIMING_BODY), "well-formed, so the HMAC is computed, and not valid");
    }
}
