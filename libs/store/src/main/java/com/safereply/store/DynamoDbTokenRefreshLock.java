package com.safereply.store;

import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.time;
import static com.safereply.store.TableDefinition.PK;
import static com.safereply.store.TableDefinition.SK;

import com.safereply.app.Platform;
import com.safereply.app.publish.TokenRefreshLock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link TokenRefreshLock} as one item per practice and platform, taken with a conditional put (absent, or its lease
 * expired) and released with a conditional delete on the lease id, so a late holder never frees a successor's lease.
 * The item holds a lease id and time only, never a token.
 */
public final class DynamoDbTokenRefreshLock implements TokenRefreshLock {

    static final String LEASE_ID = "leaseId";
    static final String LEASE_UNTIL = "leaseUntil";

    private final DynamoDbClient client;
    private final String table;

    public DynamoDbTokenRefreshLock(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Optional<String> tryAcquire(String practiceId, Platform platform, Instant now, Duration lease) {
        String leaseId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new HashMap<>(key(practiceId, platform));
        item.put(ItemType.ATTRIBUTE, s(ItemType.TOKEN_REFRESH_LOCK.name()));
        item.put(LEASE_ID, s(leaseId));
        item.put(LEASE_UNTIL, time(now.plus(lease)));
        try {
            client.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk) OR #until < :now")
                    .expressionAttributeNames(Map.of("#pk", PK, "#until", LEASE_UNTIL))
                    .expressionAttributeValues(Map.of(":now", time(now))));
            return Optional.of(leaseId);
        } catch (ConditionalCheckFailedException held) {
            return Optional.empty();
        } catch (SdkException e) {
            throw StoreErrors.unavailable("take token refresh lease", e);
        }
    }

    @Override
    public void release(String practiceId, Platform platform, String leaseId) {
        try {
            client.deleteItem(b -> b.tableName(table).key(key(practiceId, platform))
                    .conditionExpression("#lease = :lease")
                    .expressionAttributeNames(Map.of("#lease", LEASE_ID))
                    .expressionAttributeValues(Map.of(":lease", s(leaseId))));
        } catch (ConditionalCheckFailedException expiredAndTakenOver) {
            // Another caller holds it now; theirs to release.
        } catch (SdkException e) {
            throw StoreErrors.unavailable("release token refresh lease", e);
        }
    }

    private static Map<String, AttributeValue> key(String practiceId, Platform platform) {
        return Map.of(PK, s(Keys.practicePk(practiceId)), SK, s(Keys.TOKEN_REFRESH_PREFIX + platform.name()));
    }
}
