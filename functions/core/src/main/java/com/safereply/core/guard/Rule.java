package com.safereply.core.guard;

/** One family of hard rules. Implementations are stateless and thread-safe; all per-draft state is in the context. */
interface Rule {

    void check(GuardContext context, Findings findings);
}
