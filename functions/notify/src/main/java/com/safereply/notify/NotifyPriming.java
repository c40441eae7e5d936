package com.safereply.notify;

import com.safereply.app.draft.DraftStore;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.DynamoDbStores;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Notify's SnapStart priming ({@link SnapStartPriming} says when it runs and what it must never do): one read-only
 * DynamoDB call loads and runs the SDK's request path. Nothing is published to SNS (the function's policy allows no
 * read-only SNS call).
 */
@Startup
@Singleton
public class NotifyPriming {

    /** Kept here: the CRaC context holds the hook weakly. */
    private final SnapStartPriming hook;

    @Inject
    NotifyPriming(DynamoDbStores stores) {
        this.hook = SnapStartPriming.forSnapshots(steps(stores.drafts()));
    }

    /** A read of a draft that never exists: finds nothing, changes nothing. */
    static Map<String, Runnable> steps(DraftStore drafts) {
        return Map.of("draft read", () -> drafts.findById(SnapStartPriming.PRIMING_ID));
    }

    SnapStartPriming hook() {
        return hook;
    }
}
