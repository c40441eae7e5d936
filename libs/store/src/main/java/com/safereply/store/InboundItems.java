package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.inbox.CommentStatus;
import com.safereply.app.inbox.ReceivedComment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.putIfPresent;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;

/**
 * Maps received comments to the {@code INBOUND} item and back. The item carries the stuck-comment index keys (GSI1)
 * only while it awaits triage, which keeps that index sparse.
 */
public final class InboundItems {

    static final String STATUS = "status";
    static final String REVISION = "revision";
    static final String RECEIVED_AT = "receivedAt";

    private InboundItems() {
    }

    static Map<String, AttributeValue> toItem(ReceivedComment r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(Keys.draftPk(r.draftId())));
        item.put(TableDefinition.SK, s(Keys.INBOUND_SK));
        item.put(ItemType.ATTRIBUTE, s(ItemType.INBOUND.name()));
        if (r.status().awaitsTriage()) {
            item.put(TableDefinition.GSI1_PK, s(Keys.receivedPk(r.practiceId())));
            item.put(TableDefinition.GSI1_SK, s(Keys.queueSk(r.updatedAt(), r.draftId())));
        }
        item.put(DraftItems.DRAFT_ID, s(r.draftId()));
        item.put(DraftItems.PRACTICE_ID, s(r.practiceId()));
        DraftItems.putComment(item, r.comment());
        item.put(STATUS, s(r.status().name()));
        item.put(REVISION, n(r.revision()));
        item.put(RECEIVED_AT, time(r.receivedAt()));
        item.put(DraftItems.UPDATED_AT, time(r.updatedAt()));
        return item;
    }

    static ReceivedComment fromItem(Map<String, AttributeValue> item) {
        StoredComment comment = DraftItems.commentOf(item);
        return new ReceivedComment(
                Attrs.requiredS(item, DraftItems.DRAFT_ID),
                Attrs.requiredS(item, DraftItems.PRACTICE_ID),
                comment,
                Attrs.requiredEnum(item, STATUS, CommentStatus.class),
                Attrs.requiredLong(item, REVISION),
                Attrs.requiredTime(item, RECEIVED_AT),
                Attrs.requiredTime(item, DraftItems.UPDATED_AT));
    }

    /**
     * The draft id of a stream image of a comment awaiting triage; empty for any other item or status (the triage
     * trigger's filter already drops those; this keeps the function right without it, e.g. in the local run).
     */
    public static Optional<String> awaitingTriage(Map<String, AttributeValue> image) {
        if (image == null || !isType(image, ItemType.INBOUND)
                || !CommentStatus.RECEIVED.name().equals(Attrs.optionalS(image, STATUS))) {
            return Optional.empty();
        }
        return Optional.ofNullable(Attrs.optionalS(image, DraftItems.DRAFT_ID));
    }

    public static boolean isType(Map<String, AttributeValue> image, ItemType type) {
        AttributeValue v = image.get(ItemType.ATTRIBUTE);
        return v != null && type.name().equals(v.s());
    }
}
