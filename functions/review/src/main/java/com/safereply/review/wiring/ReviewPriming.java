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
     * Free text on purpose: an approver's edit is free text, and free text runs every rule (a vetted template sentence
     * would skip them); it breaks none, so the check ends in "review", the path an accepted edit takes.
     */
    static final String PRIMING_REPLY = "Thanks for asking! Please call our front desk at 555-0100 and we will find a time"
            + " that works for you.";

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
