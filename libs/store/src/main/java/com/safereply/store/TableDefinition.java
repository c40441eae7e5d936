package com.safereply.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The one description of the SafeReply table: generic {@code PK}/{@code SK} keys, the overloaded sparse index
 * {@code GSI1} (approval queue per practice, and the practice list), TTL on {@code expiresAt}, and a stream with new
 * and old images for the notify function. {@code template.yaml} must declare the same; tests and the local run create
 * the table from here.
 */
public final class TableDefinition {

    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1_PK = "GSI1PK";
    public static final String GSI1_SK = "GSI1SK";
    /** Epoch seconds; DynamoDB deletes expired items lazily (up to days later), so reads also filter on it. */
    public static final String TTL_ATTRIBUTE = "expiresAt";
    public static final StreamViewType STREAM_VIEW = StreamViewType.NEW_AND_OLD_IMAGES;

    private TableDefinition() {
    }

    public static CreateTableRequest createTableRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        stringAttribute(PK), stringAttribute(SK), stringAttribute(GSI1_PK), stringAttribute(GSI1_SK))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(GSI1)
                        .keySchema(key(GSI1_PK, KeyType.HASH), key(GSI1_SK, KeyType.RANGE))
                        // ALL: the queue page is served from the index alone, without a read per draft.
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(STREAM_VIEW).build())
                .build();
    }

    /** Creates the table, waits until it is active and turns TTL on. */
    public static void create(DynamoDbClient client, String tableName) {
        client.createTable(createTableRequest(tableName));
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        client.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(t -> t.attributeName(TTL_ATTRIBUTE).enabled(true)));
    }

    /** Creates the table unless it exists (local runs); returns true if it was created. */
    public static boolean createIfMissing(DynamoDbClient client, String tableName) {
        try {
            client.describeTable(b -> b.tableName(tableName));
            return false;
        } catch (ResourceNotFoundException e) {
            try {
                create(client, tableName);
                return true;
            } catch (ResourceInUseException raced) {
                return false;
            }
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
