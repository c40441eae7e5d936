package com.safereply.loadtest;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;

/**
 * Reads back, through the store's own queries (no scans: a load run leaves tens of thousands of items), what the
 * storm left for each comment: its draft, and how many times the draft was created according to its audit trail.
 */
final class DraftCounter implements AutoCloseable {

    private final DynamoDbStores stores;
    private final String practiceId;

    DraftCounter(URI endpoint, String table, String practiceId) {
        this.stores = new DynamoDbStores(DynamoDbClients.create(StoreConfig.local(table, endpoint)), table, Clock.systemUTC());
        this.practiceId = practiceId;
    }

    /** The comment's draft and how many "created" entries its audit trail has (1 is right). */
    record CommentDraft(String draftId, long creations) {
        static final CommentDraft NONE = new CommentDraft(null, 0);
    }

    CommentDraft draftOf(Platform platform, String commentId) {
        Optional<DraftRecord> draft = stores.drafts().findByComment(practiceId, platform, commentId);
        if (draft.isEmpty()) {
            return CommentDraft.NONE;
        }
        String draftId = draft.get().draftId();
        return new CommentDraft(draftId, stores.drafts().auditTrail(draftId).stream()
                .filter(e -> e.action() == AuditAction.CREATED).count());
    }

    @Override
    public void close() {
        stores.client().close();
    }
}
