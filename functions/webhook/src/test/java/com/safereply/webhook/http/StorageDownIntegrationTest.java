package com.safereply.webhook.http;

import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The function's DynamoDB endpoint is a loopback port where nothing listens: the delivery must be answered 503 (so
 * the platform retries) quickly, with nothing written to the real table.
 */
@QuarkusTest
@TestProfile(DynamoDbIngestProfile.StorageDown.class)
class StorageDownIntegrationTest {

    private IngestTable table;

    @BeforeEach
    void emptyTableWithSamplePractice() {
        table = IngestTable.fromTestConfig().resetWithSamplePractice();
    }

    @ParameterizedTest
    @Event(value = "events/meta-page-comment.json", type = APIGatewayV2HTTPEvent.class)
    void aDeliveryThatCannotBeStoredIs503AndLeavesNothingBehind(APIGatewayV2HTTPEvent event) {
        long start = System.nanoTime();
        LambdaResponse response = LambdaInvoker.invoke(signedForMeta(event));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("storage unavailable, retry later", response.json().get("error").asText());
        assertEquals("30", response.header("Retry-After"));
        assertTrue(millis < 6_000, "bounded by the SDK call timeout, took " + millis + " ms");
        assertEquals(0, table.writtenByDeliveries());
    }
}
