package com.safereply.review.wiring;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.PageRequest;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.DynamoDbStores;

import io.quarkus.runtime.Startup;

/**
 * The review API's SnapStart priming ({@link SnapStartPriming} says when it runs and what it must never do): what an
 * approver's first request would otherwise load after every restore: a draft read ({@code GetItem}), a queue read
 * ({@code Query} on GSI1) and a guard check of a reply (what an edit runs). Nothing is written (no {@code viewed} audit
 * item, which a real read appends).
 */
@Startup
@Singleton
public class ReviewPriming {

    static final String PRIMING_COMMENT = "Do you have appointments on Saturdays?";
    /**
     * The demo profile's vetted appointment reply: the guard finds it safe, so the check runs every rule an accepted
     * edit runs (free text would stop at "review").
     */
    static final String PRIMING_REPLY = "Thanks for reaching out! For appointments, billing or paperwork questions,"
            + " please call us at 555-0100 (Mon-Fri 8am-5pm). To protect your privacy, please don't share personal"
            + " details here.";

    /** Kept here: the CRaC context holds the hook weakly. */
    private final SnapStartPriming hook;

    @Inject
    ReviewPriming(DynamoDbStores stores, SafetyGuard guard) {
        this.hook = SnapStartPriming.forSnapshots(steps(stores.drafts(), guard));
    }

    /** Draft and practice ids that cannot exist, so both reads find nothing; fixed synthetic texts. */
    static Map<String, Runnable> steps(DraftStore drafts, SafetyGuard guard) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("draft read", () -> drafts.findById(SnapStartPriming.PRIMING_ID));
        steps.put("queue read", () -> drafts.pending(SnapStartPriming.PRIMING_ID, PageRequest.first(1)));
        steps.put("guard check", () -> guard.check(PRIMING_REPLY, PRIMING_COMMENT, PracticeProfile.demo()));
        return steps;
    }

    SnapStartPriming hook() {
        return hook;
    }
}
