package com.safereply.app.memory;

import com.safereply.app.draft.AuditAction;

import java.time.Duration;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.CreateOutcome;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.DuplicateDeliveryException;
import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.draft.Page;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.inbox.ReceivedComment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link DraftStore} in memory, over the state it shares with {@link InMemoryReceivedComments}. */
final class InMemoryDraftStore implements DraftStore {

    private static final Comparator<DraftRecord> QUEUE_ORDER =
            Comparator.comparing(DraftRecord::createdAt).thenComparing(DraftRecord::draftId);

    private final InMemoryTable table;
    private final Clock clock;

    InMemoryDraftStore(InMemoryTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    @Override
    public CreateOutcome create(DraftRecord draft, Delivery delivery, AuditEntry created) {
        requireNew(draft);
        synchronized (table) {
            if (table.drafts.containsKey(draft.draftId()) || Deliveries.seen(table, delivery, clock)
                    || table.commentIndex.containsKey(indexKey(draft))) {
                return CreateOutcome.DUPLICATE;
            }
            Deliveries.record(table, delivery);
            insert(draft, created);
            return CreateOutcome.CREATED;
        }
    }

    @Override
    public CreateOutcome createTriaged(DraftRecord draft, AuditEntry created, ReceivedComment triaged) {
        requireNew(draft);
        synchronized (table) {
            ReceivedComment stored = table.comments.get(triaged.draftId());
            if (stored == null || stored.revision() != triaged.expectedRevision() || stored.status() != CommentStatus.RECEIVED) {
                return CreateOutcome.COMMENT_CHANGED;
            }
            if (table.drafts.containsKey(draft.draftId()) || table.commentIndex.containsKey(indexKey(draft))) {
                return CreateOutcome.DUPLICATE;
            }
            table.comments.put(triaged.draftId(), triaged);
            insert(draft, created);
            return CreateOutcome.CREATED;
        }
    }

    @Override
    public Optional<DraftRecord> findById(String draftId) {
        synchronized (table) {
            return Optional.ofNullable(table.drafts.get(draftId));
        }
    }

    @Override
    public Optional<DraftRecord> findByComment(String practiceId, Platform platform, String commentId) {
        synchronized (table) {
            String draftId = table.commentIndex.get(practiceId + "|" + platform.name() + "|" + commentId);
            return draftId == null ? Optional.empty() : Optional.ofNullable(table.drafts.get(draftId));
        }
    }

    @Override
    public Page<DraftRecord> pending(String practiceId, PageRequest page) {
        return queue(practiceId, DraftState.PENDING_APPROVAL, null, page);
    }

    @Override
    public Page<DraftRecord> inState(String practiceId, DraftState state, PageRequest page) {
        return queue(practiceId, state, null, page);
    }

    @Override
    public Page<DraftRecord> pendingCreatedBefore(String practiceId, Instant cutoff, PageRequest page) {
        return queue(practiceId, DraftState.PENDING_APPROVAL, cutoff, page);
    }

    /** The practice's drafts in one state, oldest first; cursors are bound to the practice and the state. */
    private Page<DraftRecord> queue(String practiceId, DraftState state, Instant cutoff, PageRequest page) {
        String partition = practiceId + "|" + state.name();
        String after = page.cursor() == null ? null : decodeCursor(page.cursor(), partition);
        List<DraftRecord> queue;
        synchronized (table) {
            queue = table.drafts.values().stream()
                    .filter(d -> d.practiceId().equals(practiceId) && d.state() == state)
                    .filter(d -> cutoff == null || d.createdAt().isBefore(cutoff))
                    .sorted(QUEUE_ORDER)
                    .filter(d -> after == null || position(d).compareTo(after) > 0)
                    .limit(page.limit() + 1L)
                    .toList();
        }
        if (queue.size() <= page.limit()) {
            return new Page<>(queue, Optional.empty());
        }
        List<DraftRecord> items = queue.subList(0, page.limit());
        return new Page<>(items, Optional.of(encodeCursor(partition, position(items.get(items.size() - 1)))));
    }

    @Override
    public DraftRecord update(DraftUpdate update) {
        DraftRecord next = update.next();
        synchronized (table) {
            if (update.delivery().isPresent() && Deliveries.seen(table, update.delivery().get(), clock)) {
                throw new DuplicateDeliveryException(next.draftId());
            }
            DraftRecord stored = table.drafts.get(next.draftId());
            if (stored == null || stored.version() != update.expectedVersion()) {
                throw new VersionConflictException(next.draftId(), update.expectedVersion());
            }
            if (update.triagedComment().isPresent()) {
                InMemoryReceivedComments.requireRevision(table, update.triagedComment().get());
            }
            if (update.audit().isPresent() && !table.auditIds.add(update.audit().get().entryId())) {
                throw new IllegalStateException("audit entry written twice: " + update.audit().get().entryId());
            }
            update.delivery().ifPresent(d -> Deliveries.record(table, d));
            update.triagedComment().ifPresent(c -> table.comments.put(c.draftId(), c));
            update.audit().ifPresent(a -> table.auditOf(a.draftId()).add(a));
            table.drafts.put(next.draftId(), next);
            return next;
        }
    }

    @Override
    public boolean appendAudit(AuditEntry entry) {
        synchronized (table) {
            if (!table.auditIds.add(entry.entryId())) {
                return false;
            }
            table.auditOf(entry.draftId()).add(entry);
            return true;
        }
    }

    @Override
    public boolean recordView(AuditEntry viewed, Duration window) {
        synchronized (table) {
            List<AuditEntry> trail = table.auditOf(viewed.draftId());
            for (int i = trail.size() - 1; i >= 0; i--) {
                AuditEntry item = trail.get(i);
                if (item.action() == AuditAction.VIEWED && item.actor().equals(viewed.actor())
                        && item.draftVersion() == viewed.draftVersion()
                        && viewed.at().isBefore(item.at().plus(window))) {
                    Instant last = viewed.at().isAfter(item.lastAt()) ? viewed.at() : item.lastAt();
                    trail.set(i, new AuditEntry(item.entryId(), item.draftId(), item.practiceId(), item.at(),
                            item.actor(), item.action(), item.draftVersion(), item.textHash(), item.detail(),
                            item.count() + 1, last));
                    return true;
                }
            }
            table.auditIds.add(viewed.entryId());
            trail.add(viewed);
            return false;
        }
    }

    @Override
    public Page<AuditEntry> auditPage(String draftId, PageRequest page) {
        List<AuditEntry> trail = auditTrail(draftId);
        int from = page.cursor() == null ? 0 : auditOffset(page.cursor(), draftId);
        List<AuditEntry> items = trail.subList(Math.min(from, trail.size()), Math.min(from + page.limit(), trail.size()));
        Optional<String> next = from + page.limit() < trail.size()
                ? Optional.of(encodeCursor("AUDIT#" + draftId, Integer.toString(from + page.limit())))
                : Optional.empty();
        return new Page<>(List.copyOf(items), next);
    }

    private static int auditOffset(String cursor, String draftId) {
        try {
            return Integer.parseInt(decodeCursor(cursor, "AUDIT#" + draftId));
        } catch (NumberFormatException e) {
            throw new InvalidCursorException("cursor was not issued for this list");
        }
    }

    @Override
    public List<AuditEntry> auditTrail(String draftId) {
        synchronized (table) {
            return table.auditOf(draftId).stream()
                    .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::entryId)).toList();
        }
    }

    @Override
    public boolean markNotified(String draftId, String notificationKey, Instant at) {
        synchronized (table) {
            return table.notified.add(draftId + "|" + notificationKey);
        }
    }

    @Override
    public void clearNotified(String draftId, String notificationKey) {
        synchronized (table) {
            table.notified.remove(draftId + "|" + notificationKey);
        }
    }

    /** Call holding the table's monitor. */
    private void insert(DraftRecord draft, AuditEntry created) {
        if (!created.draftId().equals(draft.draftId())) {
            throw new IllegalArgumentException("audit entry is for another draft");
        }
        table.drafts.put(draft.draftId(), draft);
        table.commentIndex.put(indexKey(draft), draft.draftId());
        table.auditIds.add(created.entryId());
        table.auditOf(draft.draftId()).add(created);
    }

    private static void requireNew(DraftRecord draft) {
        if (!draft.state().isPending() || draft.version() != 1) {
            throw new IllegalArgumentException("a new draft must be pending at version 1");
        }
    }

    private static String indexKey(DraftRecord draft) {
        return draft.practiceId() + "|" + draft.platform().name() + "|" + draft.comment().commentId();
    }

    /** Fixed-width ISO instants sort as text in time order, like the table's GSI1SK. */
    private static String position(DraftRecord d) {
        return String.format("%020d%09d#%s", d.createdAt().getEpochSecond(), d.createdAt().getNano(), d.draftId());
    }

    private static String encodeCursor(String partition, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("m1|" + partition + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor, String partition) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("not base64url");
        }
        String prefix = "m1|" + partition + "|";
        if (!decoded.startsWith(prefix) || decoded.length() == prefix.length()) {
            throw new InvalidCursorException("not a cursor of this practice's list");
        }
        return decoded.substring(prefix.length());
    }
}
