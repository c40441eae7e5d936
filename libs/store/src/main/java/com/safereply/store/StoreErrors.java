package com.safereply.store;

import com.safereply.app.StoreUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;
import java.util.function.Supplier;

/**
 * Turns SDK failures into {@link StoreUnavailableException}: throttling, timeouts, an unreachable endpoint and
 * DynamoDB's 5xx are all "try again later" to the caller. Messages carry the operation and the error code only:
 * SDK messages can quote request values.
 */
final class StoreErrors {

    static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";
    static final String TRANSACTION_CONFLICT = "TransactionConflict";

    private StoreErrors() {
    }

    static <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw unavailable(operation, e);
        }
    }

    static StoreUnavailableException unavailable(String operation, SdkException e) {
        String code = e instanceof AwsServiceException ase && ase.awsErrorDetails() != null
                ? ase.awsErrorDetails().errorCode()
                : e.getClass().getSimpleName();
        return new StoreUnavailableException(operation + " failed: " + code, e);
    }

    /** The reason code of each item of a cancelled transaction, in request order ("None" for items that passed). */
    static List<String> reasons(TransactionCanceledException e) {
        if (!e.hasCancellationReasons()) {
            return List.of();
        }
        return e.cancellationReasons().stream().map(CancellationReason::code).toList();
    }

    static boolean failedCondition(List<String> reasons, int index) {
        return index < reasons.size() && CONDITIONAL_CHECK_FAILED.equals(reasons.get(index));
    }

    static boolean anyConflict(List<String> reasons) {
        return reasons.contains(TRANSACTION_CONFLICT);
    }
}
