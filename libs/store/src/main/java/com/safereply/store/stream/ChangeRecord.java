package com.safereply.store.stream;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One table stream record as both sources give it: the Lambda event ({@link LambdaStreamRecords}, images converted by
 * {@link StreamImages}) and the SDK's {@code GetRecords} (the local run's poller, images as they come).
 *
 * @param oldImage null for an INSERT
 * @param newImage null for a REMOVE
 */
public record ChangeRecord(String eventId, String sequenceNumber, String eventName,
                           Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage) {
}
