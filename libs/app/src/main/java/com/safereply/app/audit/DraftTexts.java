package com.safereply.app.audit;

import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.inbox.ReceivedComments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an event's text in the draft it belongs to: the draft text at that version (its history keeps every text),
 * or the comment for a {@code received} event. A text is returned only if its SHA-256 is the one the event recorded,
 * so an export never pairs an event with text other than what the event was about. Keeps the last few drafts read
 * (events of one draft come in runs), bounded so memory stays flat over any export.
 */
public final class DraftTexts implements AuditTexts {
    private static final int CACHED_DRAFTS = 64;

    private final DraftStore drafts;
    private final ReceivedComments comments;
    private final Map<String, List<String>> candidates = new LinkedHashMap<>(CACHED_DRAFTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHED_DRAFTS;
        }
    };

    public DraftTexts(DraftStore drafts, ReceivedComments comments) {
        this.drafts = drafts;
        this.comments = comments;
    }

    @Override
    public synchronized Optional<String> textOf(AuditEvent event) {
        if ("-".equals(event.draftId())) {
            return Optional.empty();
        }
        return candidates.computeIfAbsent(event.draftId(), this::textsOf).stream()
                .filter(text -> AuditEntry.sha256(text).equals(event.textHash()))
                .findFirst();
    }

    /** Every text of the draft: each revision, the comment as stored with the draft and as received. */
    private List<String> textsOf(String draftId) {
        List<String> texts = new ArrayList<>();
        Optional<DraftRecord> draft = drafts.findById(draftId);
        draft.ifPresent(d -> {
            d.history().stream().map(DraftRevision::text).forEach(texts::add);
            texts.add(d.draft().text());
            texts.add(d.comment().text());
        });
        comments.find(draftId).map(c -> c.comment().text()).ifPresent(texts::add);
        return texts;
    }
}
