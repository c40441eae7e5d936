package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.review.http.ReviewEvents.withQuery;
import static com.safereply.review.http.ReviewEvents.withoutClaims;
import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static com.safereply.testing.lambda.ApiGatewayEvents.withHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The review API as API Gateway v2 events with JWT authorizer claims, through Quarkus's Lambda HTTP layer, against
 * DynamoDB Local and the real guard. Every test seeds a practice of its own.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class ReviewApiLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Boolean> ATTESTATION = Map.of("neitherConfirmsNorDeniesRelationship", true,
            "noHealthInformation", true);
    private static final String EDITED_TEXT = "Thanks for your message. We can't discuss any individual's situation "
            + "online; please call our practice manager at 555-0100.";

    @Inject
    DynamoDbStores stores;

    private Seeds seeds;
    private String practice;
    private String approver;

    @BeforeEach
    void seedPractice() {
        seeds = new Seeds(stores);
        practice = seeds.practice();
        approver = "sub-" + UUID.randomUUID();
    }

    // ------------------------------------------------------------------ helpers

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "no stack traces or exception names in responses: " + response.body());
        return response;
    }

    private APIGatewayV2HTTPEvent mine(String sample, String draftId) {
        return as(forDraft(load(sample), draftId), approver, practice);
    }

    private APIGatewayV2HTTPEvent myQueue(Map<String, String> query) {
        return withQuery(as(forPracticePath(load("review-list-drafts.json"), practice), approver, practice), query);
    }

    private static String body(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private LambdaResponse edit(String draftId, String text, long version) {
        return send(withBody(mine("review-edit-draft.json", draftId), body("text", text, "version", version)));
    }

    private LambdaResponse approve(String draftId, long version) {
        return send(withBody(mine("review-approve-draft.json", draftId), body("version", version)));
    }

    private LambdaResponse reject(String draftId, String reason, long version) {
        return send(withBody(mine("review-reject-draft.json", draftId), body("reason", reason, "version", version)));
    }

    private static void assertStatus(int expected, LambdaResponse response) {
        assertEquals(expected, response.statusCode(), response.body());
    }

    private static void assertError(int expected, String fragment, LambdaResponse response) {
        assertStatus(expected, response);
        String error = response.json().path("error").asText();
        assertTrue(error.contains(fragment), "error \"" + error + "\" should name \"" + fragment + "\"");
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("draftId").asText()).toList();
    }

    private List<AuditAction> actions(String draftId) {
        return seeds.audit(draftId).stream().map(AuditEntry::action).toList();
    }

    // ------------------------------------------------------------------ the lifecycle

    @Test
    void anApproverListsOpensEditsAndApprovesADraft() {
        DraftRecord older = seeds.pending(practice, Instant.parse("2026-01-01T09:00:00Z"));
        DraftRecord newer = seeds.pending(practice, Instant.parse("2026-01-01T10:00:00Z"));

        LambdaResponse list = send(myQueue(Map.of("status", "PENDING_APPROVAL", "limit", "20")));
        assertStatus(200, list);
        assertEquals(List.of(older.draftId(), newer.draftId()), ids(list.json().get("items")), "oldest first");
        assertFalse(list.body().contains("Jane"), "the queue carries no comment text (reading it is an audited view)");

        LambdaResponse opened = send(mine("review-get-draft.json", older.draftId()));
        assertStatus(200, opened);
        JsonNode draft = opened.json();
        assertEquals("\"1\"", opened.header("ETag"));
        assertEquals(Seeds.COMMENT_TEXT, draft.at("/comment/text").asText());
        assertEquals("facebook", draft.at("/comment/platform").asText());
        assertTrue(draft.at("/comment/link").asText().startsWith("https://www.facebook.com/"));
        assertEquals("clinical_question", draft.at("/triage/category").asText());
        assertEquals("clinical: post-operative", draft.at("/triage/signals/0").asText());
        assertEquals(Seeds.SAFE_TEXT, draft.at("/draft/text").asText());
        assertTrue(draft.at("/guard/safe").asBoolean(), opened.body());
        assertEquals(1, draft.get("history").size());
        assertFalse(opened.body().contains("jane.roe"), "author handles are not sent");

        LambdaResponse edited = edit(older.draftId(), EDITED_TEXT, 1);
        assertStatus(200, edited);
        assertEquals(2, edited.json().get("version").asLong());
        assertEquals(approver, edited.json().get("lastEditor").asText());
        assertEquals("\"2\"", edited.header("ETag"));

        // the edit is free text (verdict review): its editor cannot approve it, a second approver must attest
        assertEquals("review", send(mine("review-get-draft.json", older.draftId())).json().at("/guard/verdict").asText());
        assertError(403, "second approver", approve(older.draftId(), 2));
        String second = "sub-second-" + UUID.randomUUID();
        assertError(400, "attestation", send(as(withBody(forDraft(load("review-approve-draft.json"), older.draftId()),
                body("version", 2)), second, practice)));
        LambdaResponse approved = send(as(withBody(forDraft(load("review-approve-draft.json"), older.draftId()),
                body("version", 2, "attestation", ATTESTATION)), second, practice));
        assertStatus(200, approved);
        assertEquals("APPROVED", approved.json().get("state").asText());
        assertEquals(second, approved.json().at("/decision/by").asText());

        DraftRecord stored = seeds.current(older.draftId());
        assertEquals(DraftState.APPROVED, stored.state());
        assertEquals(EDITED_TEXT, stored.draft().text());
        assertEquals(List.of(newer.draftId()), ids(send(myQueue(Map.of())).json().get("items")),
                "a decided draft leaves the queue");

        List<AuditEntry> trail = seeds.audit(older.draftId());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.VIEWED, AuditAction.EDITED, AuditAction.VIEWED,
                        AuditAction.APPROVED), trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L), trail.stream().map(AuditEntry::draftVersion).toList());
        assertEquals(AuditEntry.sha256(Seeds.SAFE_TEXT), trail.get(1).textHash(), "viewed: hash of the text seen");
        assertEquals(AuditEntry.sha256(EDITED_TEXT), trail.get(2).textHash(), "edited: hash of the new text");
        assertEquals(AuditEntry.sha256(EDITED_TEXT), trail.get(4).textHash(), "approved: hash of the approved text");
        trail.subList(1, 4).forEach(e -> assertEquals(approver, e.actor()));
        assertEquals(second, trail.get(4).actor());
        assertTrue(trail.get(4).detail().contains("attested"), "the attestation is audited: " + trail.get(4).detail());

        LambdaResponse audit = send(mine("review-get-draft-audit.json", older.draftId()));
        assertStatus(200, audit);
        JsonNode items = audit.json().get("items");
        assertEquals(5, items.size());
        assertEquals("approved", items.get(4).get("action").asText());
        assertEquals(3, items.get(4).get("draftVersion").asLong());
        assertEquals(AuditEntry.sha256(EDITED_TEXT), items.get(4).get("textHash").asText());
        assertFalse(audit.body().contains(EDITED_TEXT), "the audit trail holds hashes, never text");
    }

    @Test
    void aRejectionKeepsItsReasonOnTheDraftAndIsAudited() {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-02T09:00:00Z"));

        LambdaResponse rejected = reject(draft.draftId(), "Too formal for our page", 1);

        assertStatus(200, rejected);
        assertEquals("REJECTED", rejected.json().get("state").asText());
        assertEquals("Too formal for our page", rejected.json().at("/decision/reason").asText());
        DraftRecord stored = seeds.current(draft.draftId());
        assertEquals(DraftState.REJECTED, stored.state());
        AuditEntry last = seeds.audit(draft.draftId()).get(seeds.audit(draft.draftId()).size() - 1);
        assertEquals(AuditAction.REJECTED, last.action());
        assertEquals(2, last.draftVersion());
        assertEquals(AuditEntry.sha256(Seeds.SAFE_TEXT), last.textHash());
        assertNull(last.detail(), "the reason may quote PHI: it stays out of the audit item");
        assertTrue(send(myQueue(Map.of())).json().get("items").isEmpty());
    }

    @Test
    void theQueuePagesWithAnOpaqueCursor() {
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeded.add(seeds.pending(practice, Instant.parse("2026-01-03T09:00:00Z").plusSeconds(60L * i)).draftId());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = cursor == null ? Map.of("limit", "2") : Map.of("limit", "2", "cursor", cursor);
            LambdaResponse page = send(myQueue(query));
            assertStatus(200, page);
            seen.addAll(ids(page.json().get("items")));
            cursor = page.json().path("nextCursor").isTextual() ? page.json().get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(seeded, seen, "every draft once, oldest first");
        assertEquals(3, pages);
    }

    /** Issue 11 finding 7: repeated views are one item with a count, and the trail is read in pages. */
    @Test
    void theAuditTrailFoldsRepeatedViewsAndPagesWithACursorBoundToTheDraft() {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-05T09:00:00Z"));
        for (int i = 0; i < 3; i++) {
            assertStatus(200, send(mine("review-get-draft.json", draft.draftId())));
        }
        assertStatus(200, send(as(forDraft(load("review-get-draft.json"), draft.draftId()), "sub-colleague", practice)));

        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = cursor == null ? Map.of("limit", "1") : Map.of("limit", "1", "cursor", cursor);
            LambdaResponse page = send(withQuery(mine("review-get-draft-audit.json", draft.draftId()), query));
            assertStatus(200, page);
            assertEquals(1, page.json().get("items").size());
            page.json().get("items").forEach(items::add);
            cursor = page.json().path("nextCursor").isTextual() ? page.json().get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(3, pages, "created, my views, my colleague's view");
        assertEquals(List.of("created", "viewed", "viewed"), items.stream().map(i -> i.get("action").asText()).toList());
        assertFalse(items.get(0).has("count"), "only views carry a count");
        assertEquals(3, items.get(1).get("count").asLong());
        assertEquals(approver, items.get(1).get("actor").asText());
        assertTrue(items.get(1).has("lastAt"));
        assertEquals(1, items.get(2).get("count").asLong());
        assertEquals("sub-colleague", items.get(2).get("actor").asText());

        LambdaResponse whole = send(mine("review-get-draft-audit.json", draft.draftId()));
        assertEquals(3, whole.json().get("items").size(), "default limit 50 holds the whole trail");
        assertTrue(whole.json().get("nextCursor").isNull());

        String firstCursor = send(withQuery(mine("review-get-draft-audit.json", draft.draftId()), Map.of("limit", "1")))
                .json().get("nextCursor").asText();
        DraftRecord other = seeds.pending(practice, Instant.parse("2026-01-05T09:01:00Z"));
        assertError(400, "cursor", send(withQuery(mine("review-get-draft-audit.json", other.draftId()),
                Map.of("cursor", firstCursor))));
        assertError(400, "cursor", send(withQuery(mine("review-get-draft-audit.json", draft.draftId()),
                Map.of("cursor", firstCursor.substring(3)))));
        assertError(400, "limit", send(withQuery(mine("review-get-draft-audit.json", draft.draftId()),
                Map.of("limit", "201"))));
        assertStatus(200, send(withQuery(mine("review-get-draft-audit.json", draft.draftId()), Map.of("limit", "200"))));

        String otherPractice = seeds.practice();
        LambdaResponse foreign = send(withQuery(as(forDraft(load("review-get-draft-audit.json"), draft.draftId()),
                "sub-other", otherPractice), Map.of("cursor", firstCursor)));
        assertStatus(404, foreign);
        assertFalse(foreign.body().contains(approver), "nothing of the trail leaks");
    }

    @ParameterizedTest
    @Event(value = "events/review-list-drafts-bad-cursor.json", type = APIGatewayV2HTTPEvent.class)
    void aForgedCursorIsABadRequest(APIGatewayV2HTTPEvent event) {
        assertError(400, "cursor", send(as(forPracticePath(event, practice), approver, practice)));
    }

    @Test
    void anotherPracticesCursorIsABadRequest() {
        String other = seeds.practice();
        seeds.pending(other, Instant.parse("2026-01-04T09:00:00Z"));
        seeds.pending(other, Instant.parse("2026-01-04T09:01:00Z"));
        String othersCursor = send(withQuery(as(forPracticePath(load("review-list-drafts.json"), other), "sub-other",
                other), Map.of("limit", "1"))).json().get("nextCursor").asText();

        assertError(400, "cursor", send(myQueue(Map.of("cursor", othersCursor))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "1.5"})
    void aBadLimitIsABadRequest(String limit) {
        assertError(400, "limit", send(myQueue(Map.of("limit", limit))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "PENDING", "DONE", "approved"})
    void anUnknownStatusIsABadRequest(String status) {
        assertError(400, "status", send(myQueue(Map.of("status", status))));
    }

    /** Issue 11: an approver could list only the pending queue, not what was just approved or rejected. */
    @Test
    void everyStateCanBeListed() {
        String approved = seeds.pending(practice, Instant.parse("2026-01-04T09:00:00Z")).draftId();
        String rejected = seeds.pending(practice, Instant.parse("2026-01-04T09:01:00Z")).draftId();
        String retracted = seeds.retracted(seeds.pending(practice, Instant.parse("2026-01-04T09:02:00Z"))).draftId();
        String pending = seeds.pending(practice, Instant.parse("2026-01-04T09:03:00Z")).draftId();
        assertStatus(200, approve(approved, 1));
        assertStatus(200, reject(rejected, "off topic", 1));

        assertEquals(List.of(approved), ids(send(myQueue(Map.of("status", "APPROVED"))).json().get("items")));
        assertEquals(List.of(rejected), ids(send(myQueue(Map.of("status", "REJECTED"))).json().get("items")));
        assertEquals(List.of(retracted), ids(send(myQueue(Map.of("status", "RETRACTED"))).json().get("items")));
        assertEquals(List.of(pending), ids(send(myQueue(Map.of("status", "PENDING_APPROVAL"))).json().get("items")));
        assertEquals(List.of(pending), ids(send(myQueue(Map.of())).json().get("items")), "the queue by default");
    }

    // ------------------------------------------------------------------ who may do what

    @ParameterizedTest
    @Event(value = "events/review-get-draft-no-claims.json", type = APIGatewayV2HTTPEvent.class)
    void withoutClaimsTheSampleIsUnauthorized(APIGatewayV2HTTPEvent event) {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-05T09:00:00Z"));

        LambdaResponse response = send(forDraft(event, draft.draftId()));

        assertError(401, "claims", response);
        assertEquals("Bearer", response.header("WWW-Authenticate"));
        assertFalse(response.body().contains("Jane"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-list-drafts.json", "review-get-draft.json", "review-edit-draft.json",
            "review-approve-draft.json", "review-reject-draft.json", "review-get-draft-audit.json"})
    void everyRouteNeedsTheClaims(String sample) {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-05T10:00:00Z"));

        LambdaResponse response = send(withoutClaims(forPracticePath(forDraft(load(sample), draft.draftId()), practice)));

        assertError(401, "claims", response);
        assertEquals(1, seeds.current(draft.draftId()).version(), "nothing changed");
        assertEquals(List.of(AuditAction.CREATED), actions(draft.draftId()), "no view was recorded");
    }

    @Test
    void claimsWithoutAPracticeAreUnauthorized() {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-05T11:00:00Z"));
        APIGatewayV2HTTPEvent event = mine("review-get-draft.json", draft.draftId());
        Map<String, String> claims = new java.util.HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.remove("custom:practiceId");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);

        assertError(401, "claims", send(event));
    }

    @Test
    void theDevHeaderIsIgnoredWhenDevAuthIsOff() {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-05T12:00:00Z"));
        APIGatewayV2HTTPEvent event = withHeader(withoutClaims(forDraft(load("review-get-draft.json"), draft.draftId())),
                "X-Dev-Approver", approver + ";" + practice + ";dev@example.org");

        assertError(401, "claims", send(event));
        assertEquals(List.of(AuditAction.CREATED), actions(draft.draftId()));
    }

    @ParameterizedTest
    @Event(value = "events/review-list-drafts-other-practice.json", type = APIGatewayV2HTTPEvent.class)
    void anotherPracticesQueueIsNotFound(APIGatewayV2HTTPEvent event) {
        seeds.pending(practice, Instant.parse("2026-01-06T09:00:00Z"));

        LambdaResponse response = send(as(forPracticePath(event, practice), "sub-intruder", seeds.practice()));

        assertError(404, "not found", response);
        assertFalse(response.body().contains("items"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-get-draft-other-practice.json", "review-edit-draft.json", "review-approve-draft.json",
            "review-reject-draft.json", "review-get-draft-audit.json"})
    void anotherPracticesDraftIsNotFoundOnEveryRoute(String sample) {
        DraftRecord theirs = seeds.pending(practice, Instant.parse("2026-01-06T10:00:00Z"));
        String intruderPractice = seeds.practice();

        LambdaResponse response = send(as(forDraft(load(sample), theirs.draftId()), "sub-intruder", intruderPractice));

        assertError(404, "not found", response);
        assertFalse(response.body().contains("Jane"), "no comment text of the other practice");
        assertFalse(response.body().contains(practice), "not even the other practice's id");
        assertFalse(response.body().contains("555-0100"), "no draft text");
        assertEquals(1, seeds.current(theirs.draftId()).version(), "nothing changed");
        assertEquals(List.of(AuditAction.CREATED), actions(theirs.draftId()), "nothing was recorded as viewed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-get-draft.json", "review-edit-draft.json", "review-approve-draft.json",
            "review-reject-draft.json", "review-get-draft-audit.json"})
    void anUnknownDraftIsNotFound(String sample) {
        assertError(404, "not found", send(mine(sample, "AAAAAAAAAAAAAAAAAAAAAA")));
        assertError(404, "not found", send(mine(sample, "not.an~id")));
    }

    // ------------------------------------------------------------------ the guard

    @ParameterizedTest
    @Event(value = "events/review-edit-draft-unsafe.json", type = APIGatewayV2HTTPEvent.class)
    void anUnsafeEditIsRefusedWithItsLabelsAndSpans(APIGatewayV2HTTPEvent event) throws Exception {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-07T09:00:00Z"));
        String unsafeText = JSON.readTree(event.getBody()).get("text").asText();

        LambdaResponse response = send(as(forDraft(event, draft.draftId()), approver, practice));

        assertStatus(422, response);
        JsonNode violations = response.json().get("violations");
        List<String> labels = StreamSupport.stream(violations.spliterator(), false)
                .map(v -> v.get("label").asText()).toList();
        assertTrue(labels.contains("confirms_relationship"), labels.toString());
        assertTrue(labels.contains("practice_initiated_contact"), labels.toString());
        for (JsonNode v : violations) {
            assertTrue(v.get("rule").asText().startsWith("H"), v.toString());
            int start = v.get("start").asInt();
            int end = v.get("end").asInt();
            if (start >= 0) {
                assertEquals(unsafeText.substring(start, end), v.get("span").asText(), "spans index the edited text");
            }
        }
        assertFalse(response.body().contains("Jane"), "no comment text in the refusal");
        DraftRecord stored = seeds.current(draft.draftId());
        assertEquals(1, stored.version(), "nothing changed");
        assertEquals(Seeds.SAFE_TEXT, stored.draft().text());
        assertEquals(List.of(AuditAction.CREATED), actions(draft.draftId()), "a refused edit leaves no audit item");
    }

    @Test
    void approvalRunsTheGuardAgain() {
        // Stored as safe (an older, weaker guard passed it); today's guard must stop it at approval.
        String unsafe = "We're so glad your knee surgery went well, Jane! See you at your follow-up.";
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-07T10:00:00Z"), unsafe);

        List<String> emf = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                emf.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger jsonLines = java.util.logging.Logger.getLogger(EmfWriter.LOG_CATEGORY);
        jsonLines.addHandler(capture);
        LambdaResponse response;
        try {
            response = approve(draft.draftId(), 1);
        } finally {
            jsonLines.removeHandler(capture);
        }

        assertStatus(422, response);
        assertFalse(response.json().get("violations").isEmpty());
        JsonNode refusal = emf.stream().map(ReviewApiLambdaTest::json)
                .filter(line -> line.has(MetricNames.GUARD_REFUSALS)).findFirst()
                .orElseThrow(() -> new AssertionError("no GuardRefusals EMF line in " + emf));
        assertEquals(MetricNames.SOURCE_REVIEW_APPROVE, refusal.path(MetricNames.SOURCE).asText());
        assertEquals("[[\"Source\"]]",
                refusal.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString());
        assertTrue(emf.stream().noneMatch(line -> line.contains("knee") || line.contains("Jane")), emf.toString());
        assertEquals(DraftState.PENDING_APPROVAL, seeds.current(draft.draftId()).state());
        assertEquals(List.of(AuditAction.CREATED), actions(draft.draftId()));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    // ------------------------------------------------------------------ bad input

    @ParameterizedTest
    @Event(value = "events/review-edit-draft-bad-body.json", type = APIGatewayV2HTTPEvent.class)
    void anUnknownFieldIsABadRequest(APIGatewayV2HTTPEvent event) {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-08T09:00:00Z"));

        assertError(400, "unknown field \"txt\"", send(as(forDraft(event, draft.draftId()), approver, practice)));
        assertEquals(1, seeds.current(draft.draftId()).version());
    }

    @Test
    void badBodiesAreBadRequestsNamingTheProblem() {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T10:00:00Z")).draftId();
        APIGatewayV2HTTPEvent base = mine("review-edit-draft.json", id);

        assertError(400, "malformed JSON", send(withBody(mine("review-edit-draft.json", id), "{\"text\": \"Hi\", ")));
        assertError(400, "text must not be empty", send(withBody(mine("review-edit-draft.json", id), body("text", "  ", "version", 1))));
        assertError(400, "text must not be empty", send(withBody(mine("review-edit-draft.json", id), body("version", 1))));
        assertError(400, "exceeds 2000", send(withBody(mine("review-edit-draft.json", id),
                body("text", "Please call us at 555-0100. ".repeat(80), "version", 1))));
        assertError(400, "version is required", send(withBody(mine("review-edit-draft.json", id), body("text", EDITED_TEXT))));
        assertError(400, "\"version\"", send(withBody(mine("review-edit-draft.json", id), body("text", EDITED_TEXT, "version", "1"))));
        assertError(400, "\"text\"", send(withBody(mine("review-edit-draft.json", id), body("text", 42, "version", 1))));
        assertError(400, "JSON object", send(withBody(mine("review-edit-draft.json", id), "[1, 2]")));
        assertError(400, "a JSON body is required", send(withBody(base, "")));
        assertError(400, "reason must not be empty", send(withBody(mine("review-reject-draft.json", id), body("version", 1))));
        assertError(400, "unknown field \"approved\"", send(withBody(mine("review-approve-draft.json", id),
                body("version", 1, "approved", true))));
        assertError(400, "disagree", send(withHeader(withBody(mine("review-approve-draft.json", id), body("version", 1)),
                "If-Match", "\"2\"")));
        assertEquals(1, seeds.current(id).version(), "no bad request changed anything");
        assertEquals(List.of(AuditAction.CREATED), actions(id));
    }

    /** Issue 17: a strict-body error names its field in the error body too, nested ones by their dotted path. */
    @Test
    void strictBodyErrorsNameTheirFieldInTheErrorBody() {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T10:20:00Z")).draftId();
        List<Map.Entry<String, String>> approveBodies = List.of(
                Map.entry("attestation.signedBy", "{\"version\":1,\"attestation\":{\"signedBy\":\"me\"}}"),
                Map.entry("attestation.noHealthInformation",
                        "{\"version\":1,\"attestation\":{\"noHealthInformation\":\"yes\"}}"),
                Map.entry("attestation.noHealthInformation", "{\"version\":1,\"attestation\":"
                        + "{\"noHealthInformation\":true,\"noHealthInformation\":false}}"),
                Map.entry("hide", "{\"version\":1,\"hide\":\"please\"}"));
        for (Map.Entry<String, String> bad : approveBodies) {
            assertField(bad.getKey(), send(withBody(mine("review-approve-draft.json", id), bad.getValue())));
        }
        assertField("text", send(withBody(mine("review-edit-draft.json", id), "{\"text\":\"Hi\\u0000\",\"version\":1}")));
        assertField("version", send(withBody(mine("review-edit-draft.json", id), body("text", EDITED_TEXT, "version", "1"))));

        // A key that is not a name of ours (it could say anything) is not repeated back, in the error or the field.
        LambdaResponse odd = send(withBody(mine("review-edit-draft.json", id),
                "{\"text\":\"Hi\",\"version\":1,\"John Doe has HIV\":true}"));
        assertStatus(400, odd);
        assertEquals(StrictJson.UNNAMED, odd.json().path("field").asText(), odd.body());
        assertFalse(odd.body().contains("John"), odd.body());

        assertEquals(1, seeds.current(id).version(), "no bad request changed anything");
    }

    private static void assertField(String field, LambdaResponse response) {
        assertStatus(400, response);
        assertEquals(field, response.json().path("field").asText(), response.body());
        assertTrue(response.json().path("error").asText().contains(field), response.body());
    }

    /** Issue 11: broken text is refused in every text field, with 400 naming the field, before anything is stored. */
    @Test
    void brokenTextIsRefusedNamingTheField() {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T10:30:00Z")).draftId();

        assertError(400, "field \"text\" holds a lone surrogate",
                send(withBody(mine("review-edit-draft.json", id), "{\"text\":\"Call us \\ud800 today\",\"version\":1}")));
        assertError(400, "field \"text\" holds a NUL character",
                send(withBody(mine("review-edit-draft.json", id), "{\"text\":\"Call us\\u0000 today\",\"version\":1}")));
        assertError(400, "field \"reason\" holds a control character",
                send(withBody(mine("review-reject-draft.json", id), "{\"reason\":\"no\\u001b[31m\",\"version\":1}")));
        APIGatewayV2HTTPEvent invalidUtf8 = mine("review-edit-draft.json", id);
        byte[] bytes = "{\"text\":\"Call us \u00ff today\",\"version\":1}".getBytes(StandardCharsets.ISO_8859_1);
        invalidUtf8.setBody(Base64.getEncoder().encodeToString(bytes));
        invalidUtf8.setIsBase64Encoded(true);
        assertError(400, "not valid UTF-8", send(invalidUtf8));

        DraftRecord stored = seeds.current(id);
        assertEquals(1, stored.version(), "nothing was stored");
        assertEquals(Seeds.SAFE_TEXT, stored.draft().text());
    }

    /** Issue 11: a draft stored before these checks, holding a lone surrogate and a NUL, still reads as valid JSON. */
    @Test
    void aDraftStoredWithBrokenTextStillRendersAsValidJson() throws Exception {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T10:40:00Z"), "Call us \ud800 at 555-0100.\0").draftId();

        LambdaResponse view = send(mine("review-get-draft.json", id));

        assertStatus(200, view);
        JsonNode draft = JSON.readTree(view.body());
        assertEquals("Call us \uFFFD at 555-0100.\0", draft.get("draft").get("text").asText());
    }

    /** Issue 11: bodies are JSON only, ETags strict, duplicate keys named, 64 KB at most. */
    @Test
    void looseBodiesAreRefused() {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T10:50:00Z")).draftId();
        String approve = body("version", 1);

        assertError(415, "application/json", send(withHeader(withBody(mine("review-approve-draft.json", id), approve),
                "content-type", "text/plain")));
        assertError(415, "application/json", send(withHeader(withBody(mine("review-edit-draft.json", id),
                "<edit><text>Hi</text><version>1</version></edit>"), "content-type", "application/xml")));
        for (String loose : List.of("W/\"1\"", "1", "\"01\"")) {
            assertError(400, "If-Match", send(withHeader(withBody(mine("review-approve-draft.json", id), null),
                    "If-Match", loose)));
        }
        assertError(400, "weak", send(withHeader(withBody(mine("review-approve-draft.json", id), null), "If-Match", "W/\"1\"")));
        assertError(400, "duplicate field \"version\"", send(withBody(mine("review-approve-draft.json", id),
                "{\"version\":1,\"version\":\"2\"}")));
        String huge = "{\"text\":\"" + "a".repeat(70_000) + "\",\"version\":1}";
        assertError(413, "65536", send(withBody(mine("review-edit-draft.json", id), huge)));

        assertEquals(1, seeds.current(id).version(), "no loose request changed anything");
        assertEquals(List.of(AuditAction.CREATED), actions(id));
        assertStatus(200, send(withHeader(withBody(mine("review-approve-draft.json", id), null), "If-Match", "\"1\"")));
    }

    @Test
    void ifMatchCarriesTheVersionWhenTheBodyHasNone() {
        String id = seeds.pending(practice, Instant.parse("2026-01-08T11:00:00Z")).draftId();

        LambdaResponse approved = send(withHeader(withBody(mine("review-approve-draft.json", id), null), "If-Match", "\"1\""));

        assertStatus(200, approved);
        assertEquals("APPROVED", approved.json().get("state").asText());
    }

    // ------------------------------------------------------------------ conflicts

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = seeds.pending(practice, Instant.parse("2026-01-09T09:00:00Z")).draftId();
        assertStatus(200, edit(id, EDITED_TEXT, 1));

        assertError(409, "version 1", edit(id, Seeds.SAFE_TEXT, 1));
        assertError(409, "version 1", approve(id, 1));
        assertError(409, "version 1", reject(id, "late", 1));

        DraftRecord stored = seeds.current(id);
        assertEquals(2, stored.version());
        assertEquals(EDITED_TEXT, stored.draft().text());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.EDITED), actions(id));
    }

    @Test
    void anAlreadyDecidedDraftIsAConflict() {
        String id = seeds.pending(practice, Instant.parse("2026-01-09T10:00:00Z")).draftId();
        assertStatus(200, approve(id, 1));

        assertError(409, "APPROVED", approve(id, 2));
        assertError(409, "APPROVED", reject(id, "changed my mind", 2));
        assertError(409, "APPROVED", edit(id, EDITED_TEXT, 2));
        assertEquals(DraftState.APPROVED, seeds.current(id).state());
    }

    @Test
    void aRetractedDraftCannotBeDecided() {
        DraftRecord retracted = seeds.retracted(seeds.pending(practice, Instant.parse("2026-01-09T11:00:00Z")));

        assertError(409, "RETRACTED", approve(retracted.draftId(), retracted.version()));
        assertError(409, "RETRACTED", reject(retracted.draftId(), "gone", retracted.version()));
        assertEquals(DraftState.RETRACTED, seeds.current(retracted.draftId()).state());
    }

    /** Issue 11: the author removed the comment, so approvers no longer see its text (the privacy-first choice). */
    @Test
    void aRetractedDraftNoLongerShowsTheRemovedCommentsText() throws Exception {
        DraftRecord retracted = seeds.retracted(seeds.pending(practice, Instant.parse("2026-01-09T11:30:00Z")));

        LambdaResponse view = send(mine("review-get-draft.json", retracted.draftId()));

        assertStatus(200, view);
        assertFalse(view.body().contains("Jane Roe") || view.body().contains("knee"), view.body());
        JsonNode comment = JSON.readTree(view.body()).get("comment");
        assertTrue(comment.get("removed").asBoolean());
        assertFalse(comment.has("text"));
        assertEquals("RETRACTED", JSON.readTree(view.body()).get("state").asText());
    }

    @Test
    void concurrentApprovalsOfOneDraftHaveExactlyOneWinner() throws Exception {
        String id = seeds.pending(practice, Instant.parse("2026-01-09T12:00:00Z")).draftId();
        int approvers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(approvers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < approvers; i++) {
                String sub = "sub-concurrent-" + i;
                results.add(pool.submit(() -> {
                    APIGatewayV2HTTPEvent event = as(withBody(forDraft(load("review-approve-draft.json"), id),
                            body("version", 1)), sub, practice);
                    start.await();
                    return send(event).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(approvers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(DraftState.APPROVED, seeds.current(id).state());
        assertEquals(1, actions(id).stream().filter(a -> a == AuditAction.APPROVED).count());
    }

    @Test
    void theTwoPersonRuleStopsTheLastEditorFromApproving() {
        String strict = seeds.practice(true);
        String id = seeds.pending(strict, Instant.parse("2026-01-10T09:00:00Z")).draftId();
        String editor = "sub-editor";
        assertStatus(200, send(as(withBody(forDraft(load("review-edit-draft.json"), id),
                body("text", EDITED_TEXT, "version", 1)), editor, strict)));

        assertError(403, "two-person rule", send(as(withBody(forDraft(load("review-approve-draft.json"), id),
                body("version", 2)), editor, strict)));
        assertEquals(DraftState.PENDING_APPROVAL, seeds.current(id).state());

        LambdaResponse second = send(as(withBody(forDraft(load("review-approve-draft.json"), id),
                body("version", 2, "attestation", ATTESTATION)), "sub-second-approver", strict));
        assertStatus(200, second);
        assertEquals("verdict review: second approver attested neitherConfirmsNorDeniesRelationship, noHealthInformation;"
                + " two-person rule applied", seeds.audit(id).get(seeds.audit(id).size() - 1).detail());
    }

    @Test
    void anUnsafeEditIs422AndAnUnsafeStoredTextCannotBeApprovedEvenWithAnAttestation() {
        String id = seeds.pending(practice, Instant.parse("2026-01-10T09:00:00Z"),
                "Please do not call 911; just call us at 555-0100 tomorrow.").draftId();
        assertError(422, "unsafe", edit(id, "Please call or text 988 now. Please don't call 911.", 1));
        assertError(422, "unsafe", send(withBody(mine("review-approve-draft.json", id),
                body("version", 1, "attestation", ATTESTATION))));
        assertEquals(DraftState.PENDING_APPROVAL, seeds.current(id).state());
    }

    @Test
    void vettedTextIsApprovedByOneApproverEvenAfterTheirOwnEdit() {
        String id = seeds.pending(practice, Instant.parse("2026-01-10T09:00:00Z")).draftId();
        String vetted = "Thank you for sharing your thoughts with us. Feedback like this helps our whole team.";
        assertStatus(200, edit(id, vetted, 1));
        LambdaResponse approved = approve(id, 2);
        assertStatus(200, approved);
        assertEquals("verdict safe", seeds.audit(id).get(seeds.audit(id).size() - 1).detail());
    }

    // ------------------------------------------------------------------ OpenAPI

    @ParameterizedTest
    @Event(value = "events/review-get-openapi.json", type = APIGatewayV2HTTPEvent.class)
    void theOpenApiDocumentDescribesEveryRouteWithExamples(APIGatewayV2HTTPEvent event) throws Exception {
        LambdaResponse response = send(withHeader(event, "accept", "application/json"));

        assertStatus(200, response);
        JsonNode paths = response.json().get("paths");
        for (String path : List.of("/practices/{practiceId}/drafts", "/drafts/{draftId}", "/drafts/{draftId}/approve",
                "/drafts/{draftId}/reject", "/drafts/{draftId}/audit")) {
            assertNotNull(paths.get(path), path + " in " + paths.fieldNames());
        }
        JsonNode edit = paths.at("/~1drafts~1{draftId}/put");
        assertNotNull(edit.at("/requestBody/content/application~1json/examples/edit/value/text").textValue(), edit.toString());
        assertEquals("confirms_relationship",
                edit.at("/responses/422/content/application~1json/examples/unsafe/value/violations/0/label").asText());

        // Google reviews: the star rating and a moderation rejection, as GET /drafts/{id} shows them.
        JsonNode google = paths.at("/~1drafts~1{draftId}/get/responses/200/content/application~1json/examples/"
                + "google review, reply rejected by moderation/value");
        assertEquals("2/5", google.at("/comment/rating/label").asText(), google.toString());
        assertEquals("REJECTED", google.at("/publish/moderation").asText());
        // Practice administration: every operation has its examples.
        assertEquals("demo-practice", paths.at("/~1practices/post/requestBody/content/application~1json/examples/"
                + "practice/value/profile/practiceId").asText(), paths.at("/~1practices").toString());
        assertEquals("google", paths.at("/~1practices~1{practiceId}~1channels~1{platform}~1{channelId}/put/responses/"
                + "200/content/application~1json/examples/google location claimed/value/document/channels/1/platform")
                .asText());
        assertEquals("new.approver@demo-practice.example", paths.at("/~1practices~1{practiceId}~1approvers/post/"
                + "requestBody/content/application~1json/examples/invite/value/email").asText());
        for (String operation : List.of("/~1practices~1{practiceId}/get", "/~1practices~1{practiceId}/put",
                "/~1practices~1{practiceId}~1channels~1{platform}~1{channelId}/delete",
                "/~1practices~1{practiceId}~1approvers/get",
                "/~1practices~1{practiceId}~1approvers~1{username}~1disable/post",
                "/~1practices~1{practiceId}~1changes/get")) {
            assertTrue(paths.at(operation + "/responses/200/content/application~1json/examples").size() > 0,
                    operation + " has an example: " + paths.at(operation));
        }
    }
}
