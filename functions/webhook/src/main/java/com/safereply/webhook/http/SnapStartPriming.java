package com.safereply.webhook.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import com.safereply.app.Platform;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.store.DynamoDbStores;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.signature.MetaSignatureVerifier;

import io.quarkus.runtime.Startup;

/**
 * SnapStart priming for the webhook (a CRaC {@link Resource}, like notify's): just before Lambda snapshots a published
 * version, it runs once what a delivery's first request would otherwise load and compile after every restore: the
 * HMAC signature check, the Meta payload parse (Jackson) and one DynamoDB read (the SDK's marshalling, endpoint rules, signing and HTTP client). Registered only when Lambda
 * initialises for a snapshot ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, i.e. {@code EnableSnapStart=true});
 * on-demand containers never call it.
 *
 * <p>Side-effect free: the body and comment are fixed synthetic text (no PHI, no real account), the signature is a
 * deliberate mismatch, the read is a {@code GetItem} of a channel claim that cannot exist (the function's policy
 * allows it; nothing is written, so no draft, dedup record or stream record appears), and no random value, timestamp
 * or id is taken, so nothing per-environment is frozen into the snapshot. Each step fails alone and never fails the
 * snapshot: a restored environment would only pay for that step on its first event.
 */
@Startup
@Singleton
public class SnapStartPriming implements Resource {

    static final String SNAP_START = "snap-start";
    /** Not a platform id (those are digits), so no practice can have claimed it: the read finds nothing. */
    static final String PRIMING_CHANNEL_ID = "snapstart-priming";
    /** A made-up comment of the commonest kind. */
    static final String PRIMING_TEXT = "Do you have appointments on Saturdays?";
    /** A Meta page delivery of that comment, shaped like a real one. */
    static final byte[] PRIMING_BODY = ("{\"object\":\"page\",\"entry\":[{\"id\":\"" + PRIMING_CHANNEL_ID
            + "\",\"time\":0,\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\","
            + "\"post_id\":\"snapstart_post\",\"comment_id\":\"snapstart_comment\",\"created_time\":0,"
            + "\"from\":{\"id\":\"0\",\"name\":\"SnapStart\"},\"message\":\"" + PRIMING_TEXT + "\"}}]}]}")
            .getBytes(StandardCharsets.UTF_8);
    /** Well-formed, so the HMAC is computed, and never the body's: the check ends in a mismatch. */
    static final String PRIMING_SIGNATURE = "sha256=" + "0".repeat(64);

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    private final MetaSignatureVerifier signatures;
    private final MetaPayloadParser parser;
    private final Optional<PracticeDirectory> practices;

    @Inject
    SnapStartPriming(MetaSignatureVerifier signatures, MetaPayloadParser parser, IngestStores stores) {
        this(signatures, parser, stores.stores().map(DynamoDbStores::practices), System.getenv(),
                Core.getGlobalContext());
    }

    SnapStartPriming(MetaSignatureVerifier signatures, MetaPayloadParser parser,
                     Optional<PracticeDirectory> practices, Map<String, String> env, Context<Resource> context) {
        this.signatures = signatures;
        this.parser = parser;
        this.practices = practices;
        if (SNAP_START.equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            context.register(this);   // the context holds resources weakly: this singleton keeps it alive
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime("signature check", () -> signatures.check(PRIMING_SIGNATURE, PRIMING_BODY));
        prime("payload parse", () -> parser.parse(PRIMING_BODY));
        practices.ifPresent(directory -> prime("store read",
                () -> directory.findByChannel(Platform.FACEBOOK, PRIMING_CHANNEL_ID)));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reset: the url-connection client keeps no pool of its own; a socket left from priming is stale
        // after restore and the SDK's standard retry opens a new one.
    }

    /** Priming is an optimisation: a failed step is logged by name and exception class only (no text, no PHI). */
    private static void prime(String step, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warnf("SnapStart priming step '%s' failed: %s", step, e.getClass().getSimpleName());
        }
    }
}
