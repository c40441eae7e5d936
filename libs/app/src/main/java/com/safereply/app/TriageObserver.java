package com.safereply.app;

import com.safereply.app.draft.DraftRecord;

/** Told after the triage stage stored a new pending draft (metrics by category and urgency); never on a redelivery. */
@FunctionalInterface
public interface TriageObserver {

    TriageObserver NONE = draft -> { };

    void draftCreated(DraftRecord draft);
}
