package com.safereply.publish;

import com.safereply.app.publish.PublishStatusReader;
import com.safereply.aws.priming.SnapStartPriming;
import com.safereply.store.DynamoDbPublishLedger;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Publish's SnapStart priming ({@link SnapStartPriming} says when it runs and what it must never do): one read-only
 * {@code GetItem} on the ledger loads and runs the SDK's request path. No platform token is fetched (a secret must not
 * be frozen into the snapshot) and no platform is called.
 */
@Startup
@Singleton
public class PublishPriming {

    /** Kept here: the CRaC context holds the hook weakly. */
    private final SnapStartPriming hook;

    @Inject
    PublishPriming(DynamoDbPublishLedger ledger) {
        this.hook = SnapStartPriming.forSnapshots(steps(ledger));
    }

    /** The publish status of a draft that never exists: one read of its attempt counter, which finds nothing. */
    static Map<String, Runnable> steps(PublishStatusReader ledger) {
        return Map.of("ledger read", () -> ledger.statusOf(SnapStartPriming.PRIMING_ID));
    }

    SnapStartPriming hook() {
        return hook;
    }
}
