package com.safereply.app.memory;

import com.safereply.app.draft.DraftStore;
import com.safereply.app.inbox.ReceivedComments;
import com.safereply.app.phrasebook.PhrasebookStore;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.practice.admin.PracticeAdminStore;

import java.time.Clock;

/**
 * The storage ports in memory, over one shared state: what the use-case tests run against (and anything else that
 * needs the ports without DynamoDB). Behaves as the DynamoDB adapters promise in the port contracts: conditional
 * writes, all-or-nothing multi-item writes, de-duplicated deliveries with expiry, a practice-scoped queue with opaque
 * cursors. Thread-safe.
 */
public final class InMemoryStores {

    private final InMemoryDraftStore drafts;
    private final InMemoryReceivedComments comments;
    private final InMemoryPracticeDirectory practices;
    private final InMemoryPhrasebookStore phrasebooks = new InMemoryPhrasebookStore();

    public InMemoryStores(Clock clock) {
        InMemoryTable table = new InMemoryTable();
        this.drafts = new InMemoryDraftStore(table, clock);
        this.comments = new InMemoryReceivedComments(table, clock);
        this.practices = new InMemoryPracticeDirectory();
    }

    public DraftStore drafts() {
        return drafts;
    }

    public ReceivedComments comments() {
        return comments;
    }

    public PracticeDirectory practices() {
        return practices;
    }

    /** The same practices as {@link #practices()}, versioned and audited for the administration use cases. */
    public PracticeAdminStore practiceAdmin() {
        return practices;
    }

    public PhrasebookStore phrasebooks() {
        return phrasebooks;
    }
}
