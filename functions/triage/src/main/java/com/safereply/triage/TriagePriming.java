package com.safereply.triage;

import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.DynamoDbStores;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Triage's SnapStart priming ({@link SnapStartPriming} says when it runs and what it must never do): the two reads a
 * record starts with (the received comment, its practice) and one classification by the function's own engine, so the
 * learned model and the engine's first-use paths are loaded before the snapshot. Nothing is written and no draft is
 * made: the engine's result is dropped.
 */
@Startup
@Singleton
public class TriagePriming {

    /** A made-up comment of the commonest kind: its first draft passes the guard, so no fallback metric is written. */
    static final String PRIMING_TEXT = "Do you have appointments on Saturdays?";

    /** Kept here: the CRaC context holds the hook weakly. */
    private final SnapStartPriming hook;

    @Inject
    TriagePriming(TriageStores stores, TriageEngine engine) {
        DynamoDbStores s = stores.stores();
        this.hook = SnapStartPriming.forSnapshots(steps(s.comments(), s.practices(), engine));
    }

    /** Ids that cannot exist, so both reads find nothing; the practice is read uncached, so no miss is remembered. */
    static Map<String, Runnable> steps(ReceivedComments comments, PracticeDirectory practices, TriageEngine engine) {
        Map<String, Runnable> steps = new LinkedHashMap<>();
        steps.put("comment read", () -> comments.find(SnapStartPriming.PRIMING_ID));
        steps.put("practice read", () -> practices.findById(SnapStartPriming.PRIMING_ID));
        steps.put("classification", () -> engine.triage(new Comment(SnapStartPriming.PRIMING_ID, PRIMING_TEXT),
                PracticeProfile.demo()));
        return steps;
    }

    SnapStartPriming hook() {
        return hook;
    }
}
