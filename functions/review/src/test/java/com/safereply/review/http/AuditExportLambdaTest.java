package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.review.http.ReviewEvents.withQuery;
import static com.safereply.review.http.ReviewEvents.withoutClaims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.audit.ExportReader;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit export route as API Gateway v2 events with JWT authorizer claims, against DynamoDB Local: what the review
 * API audited comes out in chain order, paged by cursor, verifiable; no text unless a compliance officer asks, and
 * then the export itself is on the record; other roles and practices get nothing.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class AuditExportLambdaTest {

    @Inject
    DynamoDbStores stores;

    private Seeds seeds;
    private String practice;
    private DraftRecord draft;
    private final String admin = "admin-" + UUID.randomUUID();
    private final String officer = "officer-" + UUID.randomUUID();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void seedAndReview() {
        seeds = new Seeds(stores);
        practice = seeds.practice();
        draft = seeds.pending(practice, now.minusSeconds(60));
        for (int i = 0; i < 4; i++) {
            // Distinct approvers: four viewed events (one approver's repeated views would fold into one).
            LambdaResponse viewed = LambdaInvoker.invoke(as(forDraft(load("review-get-draft.json"), draft.draftId()),
                    "approver-" + i, practice));
            assertEquals(200, viewed.statusCode(), viewed.body());
        }
    }

    @Test
    void pagesInChainOrderJoinIntoAVerifiableTrailWithoutText() {
        List<AuditEvent> events = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = range("csv");
            query.put("limit", "2");
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            LambdaResponse page = export(admin, practice, List.of("practice-admins"), query);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.header("Content-Type").startsWith("text/csv"), page.header("Content-Type"));
            assertFalse(page.body().contains(Seeds.COMMENT_TEXT), "no comment text by default");
            assertFalse(page.body().contains(draft.draft().text()), "no reply text by default");
            new ExportReader(new StringReader(page.body())).forEachRemaining(events::add);
            cursor = page.header(AuditExportResource.NEXT_CURSOR);
            pages++;
        } while (cursor != null && pages < 20);

        assertEquals(List.of("triaged", "viewed", "viewed", "viewed", "viewed"),
                events.stream().map(AuditEvent::action).toList());
        assertEquals(3, pages, "five events in pages of two");
        assertTrue(ChainVerifier.verify(events.iterator(), null).intact());
        assertEquals(draft.draftId(), events.get(1).draftId());
        assertEquals("approver-0", events.get(1).actor());
    }

    @Test
    void otherRolesAreRefusedAndOtherPracticesSeeNothing() {
        LambdaResponse approver = export("approver-0", practice, List.of("approvers"), range("csv"));
        assertEquals(403, approver.statusCode(), approver.body());
        assertFalse(approver.body().contains(draft.draftId()));

        String other = seeds.practice();
        for (List<String> groups : List.of(List.of("practice-admins"), List.of("compliance"))) {
            LambdaResponse intruder = export("olga", other, groups, range("jsonl"), practice);
            assertEquals(404, intruder.statusCode(), intruder.body());
            assertFalse(intruder.body().contains(draft.draftId()));
        }
        LambdaResponse anonymous = LambdaInvoker.invoke(withoutClaims(withQuery(
                forPracticePath(load("review-export-audit.json"), practice), range("csv"))));
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void textOnlyForComplianceAndThatExportIsAudited() {
        Map<String, String> withText = range("jsonl");
        withText.put("includeText", "true");
        LambdaResponse adminAsks = export(admin, practice, List.of("practice-admins"), withText);
        assertEquals(403, adminAsks.statusCode());

        LambdaResponse officerGets = export(officer, practice, List.of("compliance"), withText);
        assertEquals(200, officerGets.statusCode(), officerGets.body());
        assertTrue(officerGets.body().contains(draft.draft().text()), "the reply text the events name");

        LambdaResponse after = export(admin, practice, List.of("practice-admins"), range("jsonl"));
        List<AuditEvent> events = new ArrayList<>();
        new ExportReader(new StringReader(after.body())).forEachRemaining(events::add);
        List<AuditEvent> textExports = events.stream().filter(e -> e.action().equals("exported_with_text")).toList();
        assertEquals(1, textExports.size(), "the refused request recorded nothing; the served one is on the record");
        assertEquals(officer, textExports.get(0).actor());
        assertFalse(after.body().contains(draft.draft().text()));
    }

    @Test
    void badInputIs400WithAClearMessage() {
        Map<String, String> badRange = range("csv");
        badRange.put("from", "yesterday");
        LambdaResponse range = export(admin, practice, List.of("practice-admins"), badRange);
        assertEquals(400, range.statusCode());
        assertTrue(range.body().contains("ISO-8601"), range.body());

        Map<String, String> badFormat = range("xlsx");
        assertTrue(export(admin, practice, List.of("practice-admins"), badFormat).body()
                .contains("format must be csv or jsonl"));
        Map<String, String> badCursor = range("csv");
        badCursor.put("cursor", "forged");
        assertEquals(400, export(admin, practice, List.of("practice-admins"), badCursor).statusCode());
        Map<String, String> tooMany = range("csv");
        tooMany.put("limit", "100000");
        assertEquals(400, export(admin, practice, List.of("practice-admins"), tooMany).statusCode());
    }

    // ------------------------------------------------------------------ helpers

    private Map<String, String> range(String format) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", now.minus(1, ChronoUnit.HOURS).toString());
        query.put("to", now.plus(1, ChronoUnit.HOURS).toString());
        query.put("format", format);
        return query;
    }

    private static LambdaResponse export(String sub, String callerPractice, List<String> groups,
                                         Map<String, String> query) {
        return export(sub, callerPractice, groups, query, callerPractice);
    }

    private static LambdaResponse export(String sub, String callerPractice, List<String> groups,
                                         Map<String, String> query, String target) {
        APIGatewayV2HTTPEvent event = as(forPracticePath(load("review-export-audit.json"), target), sub,
                callerPractice);
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("cognito:groups", "[" + String.join(" ", groups) + "]");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        LambdaResponse response = LambdaInvoker.invoke(withQuery(event, query));
        assertFalse(response.body().contains("Exception"), response.body());
        assertNull(response.header("X-Powered-By"));
        return response;
    }
}
