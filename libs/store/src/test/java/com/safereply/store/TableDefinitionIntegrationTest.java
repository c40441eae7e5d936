package com.safereply.store;

import com.safereply.store.testing.DynamoDbLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table the definition creates has what the adapters and the notify function rely on. */
class TableDefinitionIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    @Test
    void tableHasGenericKeysTheQueueIndexAStreamWithBothImagesAndTtl() {
        TableDescription table = dynamo.client().describeTable(b -> b.tableName(dynamo.tableName())).table();

        assertEquals(List.of("PK", "SK"), table.keySchema().stream().map(KeySchemaElement::attributeName).toList());
        GlobalSecondaryIndexDescription gsi = table.globalSecondaryIndexes().get(0);
        assertEquals("GSI1", gsi.indexName());
        assertEquals(List.of("GSI1PK", "GSI1SK"), gsi.keySchema().stream().map(KeySchemaElement::attributeName).toList());
        assertEquals(ProjectionType.ALL, gsi.projection().projectionType());
        assertTrue(table.streamSpecification().streamEnabled());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, table.streamSpecification().streamViewType());

        var ttl = dynamo.client().describeTimeToLive(b -> b.tableName(dynamo.tableName())).timeToLiveDescription();
        assertEquals("expiresAt", ttl.attributeName());
        assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
    }

    @Test
    void createIfMissingLeavesAnExistingTableAlone() {
        assertFalse(TableDefinition.createIfMissing(dynamo.client(), dynamo.tableName()));
    }
}
