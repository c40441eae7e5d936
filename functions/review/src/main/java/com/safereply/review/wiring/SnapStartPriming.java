package com.safereply.review.wiring;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.PageRequest;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.DynamoDbStores;

import io.quarkus.runtime.Startup;

/**
 * SnapStart priming for the review API (a CRaC {@link Resource}, like notify's and the webhook's): just before Lambda
 * snapshots a published version, it runs once what an approver's first request would otherwise load after every
 * restore: a draft read ({@code GetItem}), a queue read ({@code Query} on GSI1), both through the SDK's marshalling,
 * endpoint rules, signing and HTTP client, and a guard check of a reply (what an edit runs). Registered only when
 * Lambda initialises for a snapshot ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, i.e.
 * {@code EnableSnapStart=true}); on-demand containers never call it.
 *
 * <p>Side-effect free: the draft id and practice id cannot exist, so both reads find nothing; nothing is written (no
 * {@code viewed} audit item, which a real read appends); the texts are fixed synthetic ones (no PHI); no random value,
 * timestamp or id is taken, so nothing per-environment is frozen into the snapshot. Each step fails alone and never
 * fails the snapshot.
 */
@Startup
@Singleton
public class SnapStartPriming implements Resource {

    static final String SNAP_START = "snap-start";
    /** Draft ids are base64url hashes and practice ids are set by administrators: these find nothing. */
    static final String PRIMING_DRAFT_ID = "snapstart-priming";
    static final String PRIMING_PRACTICE_ID = "snapstart-priming";
    static final String PRIMING_COMMENT = "Do you have appointments on Saturdays?";
    static final String PRIMING_REPLY = "Thanks for asking! Please call our front desk at 555-0100 and we will find a time"
            + " that works for you.";

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    private final DraftStore drafts;
    private final SafetyGuard guard;

    @Inject
    SnapStartPriming(DynamoDbStores stores, SafetyGuard guard) {
        this(stores.drafts(), guard, System.getenv(), Core.getGlobalContext());
    }

    SnapStartPriming(DraftStore drafts, SafetyGuard guard, Map<String, String> env, Context<Resource> context) {
        this.drafts = drafts;
        this.guard = guard;
        if (SNAP_START.equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            context.register(this);   // the context holds resources weakly: this singleton keeps it alive
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime("draft read", () -> drafts.findById(PRIMING_DRAFT_ID));
        prime("queue read", () -> drafts.pending(PRIMING_PRACTICE_ID, PageRequest.first(1)));
        prime("guard check", () -> guard.check(PRIMING_REPLY, PRIMING_COMMENT, PracticeProfile.demo()));
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
