package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.practice.CachingPracticeDirectory;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.TestPractices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How many DynamoDB calls one webhook comment costs, counted at the SDK: the store work is what bounds ingest
 * throughput (and cost) once the function itself is cheap, so a change that adds a call should fail here.
 */
class IngestCallCountIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private DynamoDbClient client;
    private IngestService ingest;

    @BeforeEach
    void setUp() {
        client = DynamoDbClient.builder()
                .endpointOverride(dynamo.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        calls.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
                    }
                }))
                .build();
        DynamoDbStores stores = new DynamoDbStores(client, dynamo.tableName(), clock);
        stores.practices().save(TestPractices.practice("counted", TestPractices.facebook("page-counted")));
        // As the webhook wires it (IngestWiring).
        ingest = new IngestService(new CachingPracticeDirectory(stores.practices(), clock), stores.comments(),
                stores.drafts(), clock, Duration.ofDays(7));
        calls.clear();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void aNewCommentCostsOneTransactionOnceTheChannelIsKnown() {
        assertEquals(IngestOutcome.CREATED, ingest.ingest(add("first")));
        assertEquals(List.of("GetItem", "TransactWriteItems"), calls);

        calls.clear();
        for (int i = 0; i < 10; i++) {
            assertEquals(IngestOutcome.CREATED, ingest.ingest(add("c" + i)));
        }
        assertEquals(10, calls.size(), calls.toString());
        assertEquals(List.of("TransactWriteItems"), calls.stream().distinct().toList());
    }

    @Test
    void aRetriedDeliveryCostsOneCancelledTransaction() {
        ingest.ingest(add("retried"));
        calls.clear();

        assertEquals(IngestOutcome.DUPLICATE, ingest.ingest(add("retried")));

        assertEquals(List.of("TransactWriteItems"), calls);
    }

    @Test
    void theChannelIsReadAgainOnceTheCacheExpires() {
        ingest.ingest(add("before"));
        clock.advance(Duration.ofSeconds(CachingPracticeDirectory.DEFAULT_TTL_SECONDS));
        calls.clear();

        ingest.ingest(add("after"));

        assertEquals(List.of("GetItem", "TransactWriteItems"), calls);
    }

    private static InboundComment add(String commentId) {
        return new InboundComment(Platform.FACEBOOK, "page-counted", commentId, CommentVerb.ADD, commentId + "|add",
                "Thanks for the cleaning today", "user-1", null, null, null, null, Instant.parse("2026-11-23T08:59:00Z"));
    }
}
