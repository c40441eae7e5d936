package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DraftItems;

import java.util.Map;
import java.util.Optional;

/**
 * A stream record read as a change of one draft: the draft before (null for an INSERT) and after. Records of other
 * items (practices, audit, receipts, dedup) and deletions are not draft changes.
 */
record DraftChange(DraftRecord before, DraftRecord after) {

    /** The item type attribute and value every draft item carries (see docs/architecture.md). */
    static final String TYPE = "type";
    static final String DRAFT = "DRAFT";

    static Optional<DraftChange> of(DynamodbStreamRecord record) {
        if (record.getDynamodb() == null || "REMOVE".equals(record.getEventName())) {
            return Optional.empty();
        }
        Map<String, AttributeValue> newImage = record.getDynamodb().getNewImage();
        if (!isDraft(newImage)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> oldImage = record.getDynamodb().getOldImage();
        DraftRecord before = isDraft(oldImage) ? DraftItems.fromItem(StreamImages.toSdk(oldImage)) : null;
        return Optional.of(new DraftChange(before, DraftItems.fromItem(StreamImages.toSdk(newImage))));
    }

    private static boolean isDraft(Map<String, AttributeValue> image) {
        return image != null && image.get(TYPE) != null && DRAFT.equals(image.get(TYPE).getS());
    }
}
