package com.safereply.app.memory;

import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.inbox.ReceivedComment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state the in-memory ports share, so that a write spanning two ports (the triage stage's draft plus its comment)
 * is all or nothing, as one DynamoDB transaction is. Every access holds this object's monitor.
 */
final class InMemoryTable {

    final Map<String, DraftRecord> drafts = new HashMap<>();
    final Map<String, ReceivedComment> comments = new HashMap<>();
    /** practiceId|platform|commentId → draftId, like the table's comment index item. */
    final Map<String, String> commentIndex = new HashMap<>();
    final Map<String, List<AuditEntry>> audit = new HashMap<>();
    final Set<String> auditIds = new HashSet<>();
    final Set<String> notified = new HashSet<>();
    /** practiceId|deliveryKey → expiry: an expired record counts as absent, as the table's condition says. */
    final Map<String, Instant> deliveries = new HashMap<>();

    List<AuditEntry> auditOf(String draftId) {
        return audit.computeIfAbsent(draftId, id -> new ArrayList<>());
    }
}
