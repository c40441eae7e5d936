package com.safereply.store.stream;

import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DraftItems;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.InboundItems;
import com.safereply.store.ItemType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * A stream record read as a change of one draft: the draft before (null for an INSERT) and after, and the reason
 * publishing stored when the platform refused the approved reply (null otherwise). Records of other items
 * (practices, audit, receipts, dedup) and deletions are not draft changes.
 */
public record DraftChange(DraftRecord before, DraftRecord after, String publishFailure) {

    public static Optional<DraftChange> of(ChangeRecord record) {
        if ("REMOVE".equals(record.eventName()) || !isDraft(record.newImage())) {
            return Optional.empty();
        }
        DraftRecord before = isDraft(record.oldImage()) ? DraftItems.fromItem(record.oldImage()) : null;
        AttributeValue failure = record.newImage().get(DynamoDbPublishLedger.FAILURE);
        return Optional.of(new DraftChange(before, DraftItems.fromItem(record.newImage()),
                failure == null ? null : failure.s()));
    }

    private static boolean isDraft(Map<String, AttributeValue> image) {
        return image != null && InboundItems.isType(image, ItemType.DRAFT);
    }
}
