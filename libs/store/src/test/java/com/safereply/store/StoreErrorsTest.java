package com.safereply.store;

import com.safereply.app.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throttling cannot be provoked in DynamoDB Local; the mapping is checked on the SDK's own exception types. */
class StoreErrorsTest {

    @Test
    void throttlingBecomesStoreUnavailableNamingTheOperationAndCodeOnly() {
        ProvisionedThroughputExceededException throttled = ProvisionedThroughputExceededException.builder()
                .message("Rate exceeded for item with key Jane Roe")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build();

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> StoreErrors.call("get draft", () -> {
                    throw throttled;
                }));

        assertEquals("get draft failed: ProvisionedThroughputExceededException", e.getMessage());
        assertSame(throttled, e.getCause());
    }

    @Test
    void cancellationReasonsAreReadInRequestOrder() {
        TransactionCanceledException cancelled = TransactionCanceledException.builder()
                .cancellationReasons(CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ConditionalCheckFailed").build(),
                        CancellationReason.builder().code("TransactionConflict").build())
                .build();

        List<String> reasons = StoreErrors.reasons(cancelled);

        assertFalse(StoreErrors.failedCondition(reasons, 0));
        assertTrue(StoreErrors.failedCondition(reasons, 1));
        assertFalse(StoreErrors.failedCondition(reasons, 5));
        assertTrue(StoreErrors.anyConflict(reasons));
    }
}
