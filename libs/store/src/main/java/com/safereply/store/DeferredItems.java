package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.app.deferred.DeferredBatch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;
import static com.safereply.store.TableDefinition.TTL_ATTRIBUTE;

/**
 * A deferred part as one item: {@code PK = DEFERRED#<part id>}, the events as a list of maps (so the stream image
 * carries them and the consumer needs no read), kept until the TTL. The stream filter passes the item's INSERT to the
 * triage function, which ingests the events.
 */
public final class DeferredItems {

    static final String PREFIX = "DEFERRED#";
    static final String BATCH_ID = "batchId";
    static final String COMMENTS = "comments";

    private DeferredItems() {
    }

    static Map<String, AttributeValue> toItem(DeferredBatch batch) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(PREFIX + batch.batchId()));
        item.put(SK, s(ItemType.DEFERRED.name()));
        item.put(ItemType.ATTRIBUTE, s(ItemType.DEFERRED.name()));
        item.put(BATCH_ID, s(batch.batchId()));
        item.put(COMMENTS, AttributeValue.fromL(batch.comments().stream().map(DeferredItems::event).toList()));
        item.put(TTL_ATTRIBUTE, n(batch.expiresAt().getEpochSecond()));
        return item;
    }

    /** The part a stream image holds, when the image is a deferred item. */
    public static Optional<DeferredBatch> fromImage(Map<String, AttributeValue> image) {
        if (image == null || !InboundItems.isType(image, ItemType.DEFERRED)) {
            return Optional.empty();
        }
        List<InboundComment> comments = image.get(COMMENTS).l().stream().map(v -> comment(v.m())).toList();
        return Optional.of(new DeferredBatch(Attrs.requiredS(image, BATCH_ID), comments,
                Instant.ofEpochSecond(Attrs.requiredLong(image, TTL_ATTRIBUTE))));
    }

    private static AttributeValue event(InboundComment c) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("platform", s(c.platform().name()));
        m.put("channelId", s(c.channelId()));
        m.put("commentId", s(c.commentId()));
        m.put("verb", s(c.verb().name()));
        Attrs.putIfPresent(m, "deliveryKey", c.deliveryKey());
        Attrs.putIfPresent(m, "text", c.text());
        Attrs.putIfPresent(m, "authorId", c.authorId());
        Attrs.putIfPresent(m, "authorName", c.authorName());
        Attrs.putIfPresent(m, "authorHandle", c.authorHandle());
        Attrs.putIfPresent(m, "parentId", c.parentId());
        Attrs.putIfPresent(m, "permalink", c.permalink());
        Attrs.putIfPresent(m, "createdAt", c.createdAt());
        if (!c.replyAllowed()) {
            m.put("replyNotAllowed", Attrs.bool(true));
        }
        if (c.rating() != null) {
            m.put("starRating", Attrs.n(c.rating().stars()));
        }
        return AttributeValue.fromM(m);
    }

    private static InboundComment comment(Map<String, AttributeValue> m) {
        return new InboundComment(Attrs.requiredEnum(m, "platform", Platform.class), Attrs.requiredS(m, "channelId"),
                Attrs.requiredS(m, "commentId"), Attrs.requiredEnum(m, "verb", CommentVerb.class),
                Attrs.optionalS(m, "deliveryKey"), Attrs.optionalS(m, "text"), Attrs.optionalS(m, "authorId"),
                Attrs.optionalS(m, "authorName"), Attrs.optionalS(m, "authorHandle"), Attrs.optionalS(m, "parentId"),
                Attrs.optionalS(m, "permalink"), Attrs.optionalTime(m, "createdAt"),
                !m.containsKey("replyNotAllowed") || !Boolean.TRUE.equals(m.get("replyNotAllowed").bool()),
                m.containsKey("starRating")
                        ? new com.safereply.core.model.StarRating((int) Attrs.requiredLong(m, "starRating")) : null);
    }
}
