package com.safereply.webhook.http;

import java.util.Optional;

import com.safereply.store.DynamoDbStores;

/**
 * The ingest's DynamoDB adapters, built once per container by {@link IngestWiring}; empty when {@code TABLE_NAME} is
 * missing (the function still starts and answers 503). Its own type, so that an app embedding this function next to
 * others (the local run) does not get a second {@link DynamoDbStores} bean.
 */
public record IngestStores(Optional<DynamoDbStores> stores) {

    static final IngestStores NOT_CONFIGURED = new IngestStores(Optional.empty());
}
