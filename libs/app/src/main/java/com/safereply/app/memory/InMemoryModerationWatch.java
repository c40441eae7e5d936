package com.safereply.app.memory;

import com.safereply.app.publish.moderation.ModerationWatch;
import com.safereply.app.publish.moderation.WatchedReply;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moderation watch in memory, with the DynamoDB adapter's semantics (due order, a rejection recorded once), for
 * use-case tests. {@link #watch} stands in for the publish ledger's write that starts watching a published reply.
 * Every method is synchronized: that is what a conditional write gives per item.
 */
public final class InMemoryModerationWatch implements ModerationWatch {

    private final Map<String, WatchedReply> watched = new LinkedHashMap<>();
    private final Map<String, Instant> rejections = new LinkedHashMap<>();

    public synchronized void watch(WatchedReply reply) {
        watched.put(reply.draftId(), reply);
    }

    public synchronized boolean watching(String draftId) {
        return watched.containsKey(draftId);
    }

    /** When the rejection of the draft's reply was recorded, if it was. */
    public synchronized Optional<Instant> rejectedAt(String draftId) {
        return Optional.ofNullable(rejections.get(draftId));
    }

    @Override
    public synchronized List<WatchedReply> due(String practiceId, Instant now, int limit) {
        return watched.values().stream()
                .filter(w -> w.practiceId().equals(practiceId) && !w.nextCheckAt().isAfter(now))
                .sorted(Comparator.comparing(WatchedReply::nextCheckAt).thenComparing(WatchedReply::draftId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void checkAgainAt(WatchedReply reply, Instant at) {
        watched.computeIfPresent(reply.draftId(), (id, w) ->
                new WatchedReply(w.draftId(), w.practiceId(), w.target(), w.publishedAt(), at));
    }

    @Override
    public synchronized void stopWatching(WatchedReply reply) {
        watched.remove(reply.draftId());
    }

    @Override
    public synchronized boolean recordRejected(WatchedReply reply, Instant at) {
        return rejections.putIfAbsent(reply.draftId(), at) == null;
    }
}
