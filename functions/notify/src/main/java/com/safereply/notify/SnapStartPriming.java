package com.safereply.notify;

import com.safereply.app.draft.DraftStore;
import com.safereply.store.DynamoDbStores;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * SnapStart priming (a CRaC {@link Resource}): just before Lambda snapshots a published version, one read-only
 * DynamoDB call loads and runs the SDK's request path (marshalling, endpoint rules, signing, the HTTP client), so
 * restored environments don't pay for it on their first event. Registered only when Lambda initialises for a snapshot
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, i.e. {@code EnableSnapStart=true} in template.yaml); on-demand
 * containers never call it.
 *
 * <p>What it never does: write anything, publish to SNS (no read-only SNS call is allowed by the function's policy),
 * or keep state that must differ per environment - no random seed, timestamp or id is taken here, so nothing of the
 * kind is frozen into the snapshot. {@code afterRestore} has nothing to reset: the url-connection client holds no pool
 * of its own; a socket left from priming is stale after restore, and the SDK's standard retry opens a new one.
 */
@Startup
@Singleton
public class SnapStartPriming implements Resource {

    /** A draft id that never exists (ids are base64url of a hash): the read finds nothing and changes nothing. */
    static final String PRIMING_DRAFT_ID = "snapstart-priming";
    static final String SNAP_START = "snap-start";

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    private final DraftStore drafts;

    @Inject
    SnapStartPriming(DynamoDbStores stores) {
        this(stores.drafts(), System.getenv(), Core.getGlobalContext());
    }

    SnapStartPriming(DraftStore drafts, Map<String, String> env, Context<Resource> context) {
        this.drafts = drafts;
        if (SNAP_START.equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            context.register(this);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            drafts.findById(PRIMING_DRAFT_ID);
        } catch (RuntimeException e) {
            // Priming is an optimisation: a failed read must not fail the snapshot (the first event would pay instead).
            LOG.warnf("SnapStart priming read failed: %s", e.getClass().getSimpleName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reset; see the class comment.
    }
}
