package com.safereply.webhook.http;

import static com.safereply.webhook.http.SampleEvents.signedForMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.Urgency;
import com.safereply.testing.lambda.ApiGatewayEvents;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Replayed deliveries are harmless: an attacker (or a platform) re-sending a captured, validly signed delivery any
 * number of times, before or after the draft was decided, writes nothing. "Nothing" is checked on the whole table:
 * every item identical, so the table stream carries no record and the notify function sends nothing new.
 */
@QuarkusTest
@TestProfile(WireMockIngestProfile.class)
class ReplayedDeliveriesLambdaTest {

    private static final int REPLAYS = 10;
    private static final String DRAFT_ID = DraftIds.of(IngestTable.PRACTICE_ID, Platform.FACEBOOK, IngestTable.FACEBOOK_COMMENT);

    private DynamoDbClient client;
    private String tableName;
    private DynamoDbStores stores;

    @BeforeEach
    void emptyTableWithSamplePractice() {
        IngestTable.fromTestConfig().resetWithSamplePractice();
        InspectableWireMockResource.wire.heal();
        tableName = ConfigProvider.getConfig().getValue(StoreConfig.TABLE_NAME, String.class);
        URI endpoint = URI.create(ConfigProvider.getConfig().getValue(IngestTable.INSPECT_ENDPOINT, String.class));
        client = DynamoDbClients.create(StoreConfig.local(tableName, endpoint));
        stores = new DynamoDbStores(client, tableName, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static APIGatewayV2HTTPEvent added() {
        return signedForMeta(PhiComments.added(EventLoader.loadApiGatewayHttpEvent("events/meta-page-comment.json")));
    }

    private static APIGatewayV2HTTPEvent edited() {
        return signedForMeta(PhiComments.edited(EventLoader.loadApiGatewayHttpEvent("events/meta-page-comment-edited.json")));
    }

    /** The sample edit (same created_time every time) with another text. */
    private static APIGatewayV2HTTPEvent editedTo(String text) {
        APIGatewayV2HTTPEvent edit = PhiComments.edited(EventLoader.loadApiGatewayHttpEvent("events/meta-page-comment-edited.json"));
        return signedForMeta(ApiGatewayEvents.withBody(edit, edit.getBody().replace(PhiComments.EDITED_TEXT, text)));
    }

    private static void replay(APIGatewayV2HTTPEvent delivery, String expectedOutcome) {
        for (int i = 0; i < REPLAYS; i++) {
            LambdaResponse response = LambdaInvoker.invoke(delivery);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(1, response.json().get(expectedOutcome).asInt(), "replay " + (i + 1) + ": " + response.body());
        }
    }

    /** Every item of the table, keyed by PK and SK: equal snapshots mean nothing was written. */
    private Map<String, Map<String, AttributeValue>> snapshot() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        client.scanPaginator(b -> b.tableName(tableName).consistentRead(true)).items()
                .forEach(item -> items.put(item.get("PK").s() + "|" + item.get("SK").s(), item));
        return items;
    }

    private DraftRecord draft() {
        return stores.drafts().findById(DRAFT_ID).orElseThrow();
    }

    @Test
    void aDeliveryReplayedTenTimesCreatesNothingNew() {
        assertEquals(1, LambdaInvoker.invoke(added()).json().get("created").asInt());
        Map<String, Map<String, AttributeValue>> stored = snapshot();

        replay(added(), "duplicate");

        assertEquals(stored, snapshot());
    }

    @Test
    void anEditReplayedTenTimesReTriagesOnce() {
        LambdaInvoker.invoke(added());
        assertEquals(1, LambdaInvoker.invoke(edited()).json().get("retriaged").asInt());
        Map<String, Map<String, AttributeValue>> edited = snapshot();

        replay(edited(), "duplicate");

        assertEquals(edited, snapshot());
        assertEquals(2, draft().version());
    }

    /**
     * Issue 11: Meta can send a later edit with the same created_time as an earlier one. Keyed on the time alone, the
     * second edit (routine turned emergency) was dropped as a duplicate; now it is triaged, and its redelivery is not.
     */
    @Test
    void aSecondEditWithTheSameCreatedTimeIsTriagedAndItsRedeliveryChangesNothing() {
        LambdaInvoker.invoke(added());
        assertEquals(1, LambdaInvoker.invoke(editedTo("Do you take new patients on Saturdays or Sundays?"))
                .json().get("retriaged").asInt());
        assertEquals(Urgency.NORMAL, draft().urgency(), "the first edit is routine");
        String emergency = "My father has crushing chest pain and cannot breathe right now";
        APIGatewayV2HTTPEvent secondEdit = editedTo(emergency);

        LambdaResponse response = LambdaInvoker.invoke(secondEdit);

        assertEquals(1, response.json().get("retriaged").asInt(), response.body());
        DraftRecord escalated = draft();
        assertEquals(Urgency.URGENT, escalated.urgency());
        assertEquals(emergency, escalated.comment().text());
        assertEquals(3, escalated.version());
        Map<String, Map<String, AttributeValue>> stored = snapshot();

        replay(secondEdit, "duplicate");

        assertEquals(stored, snapshot());
    }

    @Test
    void afterApprovalReplaysOfTheCommentAndOfItsEditChangeNothing() {
        LambdaInvoker.invoke(added());
        DraftRecord pending = draft();
        stores.drafts().update(DraftUpdate.of(pending.approved("sub-approver", Instant.now().truncatedTo(ChronoUnit.MILLIS))));
        Map<String, Map<String, AttributeValue>> approved = snapshot();

        replay(added(), "duplicate");
        replay(edited(), "noPendingDraft");

        assertEquals(approved, snapshot(), "no write, so no stream record and no notification");
        DraftRecord after = draft();
        assertEquals(DraftState.APPROVED, after.state(), "an edit never reopens a decided draft");
        assertEquals(pending.version() + 1, after.version());
        assertEquals(PhiComments.TEXT, after.comment().text(), "the approved comment is the one the approver saw");
    }
}
