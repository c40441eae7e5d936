package com.safereply.core;

import com.safereply.core.model.Classification;

/**
 * Told when the guard refused the engine's first wording and it fell back to the other vetted wordings. Templates are
 * tested against the guard, so this should never happen: the functions count it as a metric to notice when it does.
 * Gets the classification only, never the comment or the draft.
 */
@FunctionalInterface
public interface FallbackObserver {

    FallbackObserver NONE = (classification, recovered) -> { };

    /** @param recovered true if another wording passed the guard; false if the unsafe draft goes to the approver */
    void onFallback(Classification classification, boolean recovered);
}
