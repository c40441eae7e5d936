package com.safereply.webhook.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.safereply.app.Platform;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.DynamoDbStores;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.signature.MetaSignatureVerifier;

import io.quarkus.runtime.Startup;

/**
 * The webhook's SnapStart priming ({@link SnapStartPriming} says when it runs and what it must never do): what a
 * delivery's first request would otherwise load and compile after every restore: the HMAC signature check, the Meta
 * payload parse (Jackson) and one DynamoDB read. The signature is a deliberate mismatch and the read is a
 * {@code GetItem} of a channel claim that cannot exist: nothing is written, so no draft, dedup record or stream record
 * appears.
 */
@Startup
@Singleton
public class WebhookPriming {

    /** A made-up comment of the commonest kind. */
    static final String PRIMING_TEXT = "Do you have appointments on Saturdays?";
    /** A Meta page delivery of that comment, shaped like a real one, from a page no practice can have claimed. */
    static final byte[] PRIMING_BODY = ("{\"object\":\"page\",\"entry\":[{\"id\":\"" + SnapStartPriming.PRIMING_ID
            + "\",\"time\":0,\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\","
            + "\"post_id\":\"snapstart_post\",\"comment_id\":\"snapstart_comment\",\"created_time\":0,"
            + "\"from\":{\"id\":\"0\",\"name\":\"SnapStart\"},\"message\":\"" + PRIMING_TEXT + "\"}}]}]}")
            .getBytes(StandardCharsets.UTF_8);
    /** Well-formed, so the HMAC is computed, and never the body's: the check ends in a mismatch. */
    static final String PRIMING_SIGNATURE = "sha256=" + "0".repeat(64);

    /** Kept here: the CRaC context holds the hook weakly. */
    private final SnapStartPriming hook;

    @Inject
    WebhookPriming(MetaSignatureVerifier signatures, MetaPayloadParser parser, IngestStores stores) {
        this.hook = SnapStartPriming.forSnapshots(
                steps(signatures, parser, stores.stores().map(DynamoDbStores::practices)));
    }

    /** Without a table (no store configured) the store read is left out; the other steps still prime. */
    static Map<String, Runnable> steps(MetaSignatureVerifier signatures, MetaPayloadParser parser,
                                       Optional<PracticeDirectory> practices) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("signature check", () -> signatures.check(PRIMING_SIGNATURE, PRIMING_BODY));
        steps.put("payload parse", () -> parser.parse(PRIMING_BODY));
        practices.ifPresent(directory -> steps.put("store read",
                () -> directory.findByChannel(Platform.FACEBOOK, SnapStartPriming.PRIMING_ID)));
        return steps;
    }

    SnapStartPriming hook() {
        return hook;
    }
}
