package com.safereply.core.guard;

import java.util.List;

/**
 * One family of hard rules. Implementations are stateless and thread-safe; all per-draft state is in the context.
 *
 * <p>A family contributes phrase patterns as {@link Seed}s, which the guard runs for all families in a single pass
 * over the draft's tokens, before any {@link #check}; and optionally checks that need more than a phrase (entity
 * overlap, sentence frames, required redirects) in {@link #check}, which may read the seeds' findings.
 */
interface Rule {

    default List<Seed> seeds() {
        return List.of();
    }

    default void check(GuardContext context, Findings findings) {
    }
}
