package com.safereply.app.deferred;

import com.safereply.app.StoreUnavailableException;

/**
 * Where the comment events past a delivery's ceiling wait to be ingested. Storing a part makes it reach the deferred
 * ingest (the table stream, in the deployment), which then runs {@link DeliveryIngest#ingestDeferred}.
 */
public interface DeferredComments {

    /**
     * Stores the part unless a part with its id is stored already (a redelivery).
     *
     * @return false when it was stored before: nothing was written
     * @throws StoreUnavailableException when storage cannot be reached; the webhook then answers 5xx
     */
    boolean defer(DeferredBatch batch);
}
