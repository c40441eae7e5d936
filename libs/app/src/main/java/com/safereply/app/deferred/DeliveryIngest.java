package com.safereply.app.deferred;

import com.safereply.app.CommentIngest;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bounds the work one delivery costs before the webhook answers (issue 11, finding 6): the first {@link #CEILING}
 * comment events are ingested at once, the same ceiling for every platform; the rest are stored as deferred parts in
 * a few writes and ingested later by {@link #ingestDeferred}, through the same de-duplicated ingest. So the platform
 * gets its 200 quickly (it retries nothing) and no event is lost.
 */
public final class DeliveryIngest {

    /** Comment events ingested inline per delivery, for every platform. */
    public static final int CEILING = 25;
    /**
     * What one deferred part may hold, counted as the UTF-8 size of its strings. Well under DynamoDB's 400 KB item
     * limit (attribute names and numbers add little), and with the webhook's 1 MB body limit a delivery makes at most
     * a handful of parts, whatever its number of entries.
     */
    static final int PART_BYTES = 300_000;

    private final CommentIngest ingest;
    private final DeferredComments deferred;
    private final Clock clock;
    private final Duration keepFor;

    public DeliveryIngest(CommentIngest ingest, DeferredComments deferred, Clock clock, Duration keepFor) {
        this.ingest = Objects.requireNonNull(ingest);
        this.deferred = Objects.requireNonNull(deferred);
        this.clock = Objects.requireNonNull(clock);
        this.keepFor = Objects.requireNonNull(keepFor);
    }

    public DeliveryIngest(CommentIngest ingest, DeferredComments deferred) {
        this(ingest, deferred, Clock.systemUTC(), IngestService.DEFAULT_DEDUP_TTL);
    }

    /** What a delivery did at once: each inline event's outcome, and how many events were deferred. */
    public record Accepted(List<Outcome> inline, int deferred, int deferredParts) {
    }

    /** One inline event and what ingest made of it. */
    public record Outcome(InboundComment comment, IngestOutcome outcome) {
    }

    /**
     * Ingests the first {@link #CEILING} events and defers the rest.
     *
     * @param deliveryId the same for a redelivery of the same delivery (the webhook uses a hash of the signed body)
     * @throws com.safereply.app.StoreUnavailableException when an event or part cannot be stored: the platform must
     *         retry the delivery, which is then de-duplicated event by event and part by part
     */
    public Accepted accept(String deliveryId, List<InboundComment> comments) {
        int inlineCount = Math.min(CEILING, comments.size());
        List<Outcome> inline = new ArrayList<>(inlineCount);
        for (InboundComment comment : comments.subList(0, inlineCount)) {
            inline.add(new Outcome(comment, ingest.ingest(comment)));
        }
        List<InboundComment> rest = comments.subList(inlineCount, comments.size());
        List<DeferredBatch> parts = parts(deliveryId, rest);
        for (DeferredBatch part : parts) {
            deferred.defer(part);   // false: stored by an earlier attempt of this delivery, which is just as good
        }
        return new Accepted(inline, rest.size(), parts.size());
    }

    /** Ingests a stored part; idempotent (every event is de-duplicated by its delivery key), so it may run again. */
    public List<IngestOutcome> ingestDeferred(DeferredBatch part) {
        List<IngestOutcome> outcomes = new ArrayList<>(part.comments().size());
        for (InboundComment comment : part.comments()) {
            outcomes.add(ingest.ingest(comment));
        }
        return outcomes;
    }

    private List<DeferredBatch> parts(String deliveryId, List<InboundComment> rest) {
        List<DeferredBatch> parts = new ArrayList<>();
        List<InboundComment> current = new ArrayList<>();
        long bytes = 0;
        var expiresAt = clock.instant().plus(keepFor);
        for (InboundComment comment : rest) {
            long size = sizeOf(comment);
            if (!current.isEmpty() && bytes + size > PART_BYTES) {
                parts.add(new DeferredBatch(deliveryId + "#" + parts.size(), current, expiresAt));
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(comment);
            bytes += size;
        }
        if (!current.isEmpty()) {
            parts.add(new DeferredBatch(deliveryId + "#" + parts.size(), current, expiresAt));
        }
        return parts;
    }

    /** The UTF-8 size of the event's strings plus a little per field: a bound on what storing it costs. */
    static long sizeOf(InboundComment c) {
        long size = 200;
        for (String s : new String[]{c.channelId(), c.commentId(), c.deliveryKey(), c.text(), c.authorId(),
                c.authorName(), c.authorHandle(), c.parentId(), c.permalink()}) {
            if (s != null) {
                size += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return size;
    }
}
