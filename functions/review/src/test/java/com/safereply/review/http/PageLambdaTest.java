package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.review.http.ReviewEvents.withoutClaims;
import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The approvers' page through the Lambda HTTP layer, as API Gateway delivers it: its files and sign-in settings need no
 * token and carry the security headers; the live check route answers the guard's verdict and changes nothing.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class PageLambdaTest {

    @Inject
    DynamoDbStores stores;

    @Test
    void thePageIsServedWithoutATokenUnderAStrictPolicy() {
        LambdaResponse page = LambdaInvoker.invoke(load("review-get-page-unauthenticated.json"));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<script type=\"module\" src=\"app.js\"></script>"), page.body());
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertFalse(page.body().contains("style="), "no inline style");
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals("no-store", page.header("Cache-Control"));
    }

    @Test
    void withoutCognitoSettingsOrDevAuthThePageOffersNoSignIn() {
        LambdaResponse config = LambdaInvoker.invoke(load("review-get-page-config-unauthenticated.json"));

        assertEquals(200, config.statusCode(), config.body());
        assertEquals("none", config.json().get("signIn").asText(), config.body());
    }

    @Test
    void queueItemsAndPendingDraftsSayWhenThePracticesSlaRunsOut() {
        String practice = Seeds.newPracticeId();
        com.safereply.app.practice.PracticeAccount base = com.safereply.store.testing.TestPractices.practice(practice);
        stores.practices().save(new com.safereply.app.practice.PracticeAccount(base.profile(), base.channels(),
                com.safereply.app.practice.SlaPolicy.ofMinutes(90, 10), false));
        Instant created = Instant.parse("2026-02-01T09:00:00Z");
        DraftRecord draft = new Seeds(stores).pending(practice, created);   // normal urgency

        LambdaResponse queue = LambdaInvoker.invoke(ReviewEvents.withQuery(as(ReviewEvents.forPracticePath(
                load("review-list-drafts.json"), practice), "alice", practice), java.util.Map.of()));
        LambdaResponse opened = LambdaInvoker.invoke(as(forDraft(load("review-get-draft.json"), draft.draftId()),
                "alice", practice));

        assertEquals(200, queue.statusCode(), queue.body());
        assertEquals("2026-02-01T10:30:00Z", queue.json().at("/items/0/dueAt").asText(), "created + the practice's 90 min");
        assertEquals("2026-02-01T10:30:00Z", opened.json().get("dueAt").asText(), opened.body());
        assertTrue(opened.json().has("hideOffered"), opened.body());
    }

    @Test
    void theCheckRouteGivesTheVerdictWithSpansAndStoresNothing() {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-02-01T09:00:00Z"));

        LambdaResponse unsafe = LambdaInvoker.invoke(withBody(as(forDraft(load("review-check-draft.json"),
                draft.draftId()), "alice", practice), "{\"text\":\"Hope your root canal healed well, Jane!\"}"));
        LambdaResponse sample = LambdaInvoker.invoke(as(forDraft(load("review-check-draft.json"), draft.draftId()),
                "alice", practice));

        assertEquals(200, unsafe.statusCode(), unsafe.body());
        JsonNode verdict = unsafe.json();
        assertEquals("unsafe", verdict.get("verdict").asText(), unsafe.body());
        JsonNode first = verdict.get("violations").get(0);
        assertTrue(first.get("end").asInt() > first.get("start").asInt(), unsafe.body());
        assertFalse(first.get("reason").asText().isBlank(), unsafe.body());
        assertEquals("no-store", unsafe.header("Cache-Control"));
        assertEquals(200, sample.statusCode(), sample.body());
        assertFalse(sample.json().get("verdict").asText().equals("unsafe"), sample.body());
        assertEquals(1, seeds.current(draft.draftId()).version(), "nothing stored");
        assertEquals(1, seeds.audit(draft.draftId()).size(), "nothing audited");
        assertEquals(401, LambdaInvoker.invoke(withoutClaims(forDraft(load("review-check-draft.json"),
                draft.draftId()))).statusCode());
    }
}
