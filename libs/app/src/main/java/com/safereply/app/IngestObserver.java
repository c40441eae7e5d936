package com.safereply.app;

import com.safereply.app.draft.DraftRecord;

/** Told after ingest stored a new pending draft (metrics by category and urgency); never on a duplicate delivery. */
@FunctionalInterface
public interface IngestObserver {

    IngestObserver NONE = draft -> { };

    void draftCreated(DraftRecord draft);
}
