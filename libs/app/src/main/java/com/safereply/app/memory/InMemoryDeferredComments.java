package com.safereply.app.memory;

import com.safereply.app.deferred.DeferredBatch;
import com.safereply.app.deferred.DeferredComments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deferred parts in memory, as the table keeps them: one per id, a second store of the same id refused. {@link #take}
 * hands over the parts stored since the last call, as the table stream delivers each new part once.
 */
public final class InMemoryDeferredComments implements DeferredComments {

    private final Map<String, DeferredBatch> stored = new LinkedHashMap<>();
    private final List<DeferredBatch> unseen = new ArrayList<>();
    private int writes;

    @Override
    public synchronized boolean defer(DeferredBatch batch) {
        writes++;
        if (stored.putIfAbsent(batch.batchId(), batch) != null) {
            return false;
        }
        unseen.add(batch);
        return true;
    }

    /** The parts stored since the last call, oldest first (what the stream would deliver). */
    public synchronized List<DeferredBatch> take() {
        List<DeferredBatch> taken = List.copyOf(unseen);
        unseen.clear();
        return taken;
    }

    public synchronized int size() {
        return stored.size();
    }

    /** Every attempted write, including refused duplicates. */
    public synchronized int writes() {
        return writes;
    }
}
