package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.digest.DigestCalculator;
import com.safereply.app.digest.DigestWeek;
import com.safereply.app.digest.DraftFacts;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.core.model.Category;
import com.safereply.core.themes.ComplaintTheme;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The approvers' digest page data and its SVG chart: the practice's own approvers only, the newest digest when no week
 * is asked for, an empty week all "<3", small counts "<3" as the SNS digest shows them, counts only.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class DigestApiLambdaTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DigestWeek W48 = new DigestWeek(LocalDate.of(2026, 11, 23), CHICAGO);
    private static final DigestWeek W49 = new DigestWeek(LocalDate.of(2026, 11, 30), CHICAGO);
    /** Every value a digest may hold besides its ids, zone and dates: a count, "<3", a change, or "n/a". */
    private static final String SHOWN = "<3|n/a|[+-]?\\d+";

    @Inject
    DynamoDbStores stores;

    private String practice;

    @BeforeEach
    void storeAnEmptyWeek() {
        practice = new Seeds(stores).practice();
        assertTrue(stores.digests().saveIfAbsent(DigestCalculator.compute(practice, W48, List.of(), W48.end())));
    }

    @Test
    void theDigestAndItsChartForThePracticesApprovers() {
        LambdaResponse json = LambdaInvoker.invoke(week(digest("approver-1", practice), "2026-W48"));
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("2026-W48", json.json().path("weekId").asText());
        assertEquals("<3", json.json().path("themes").path("wait_delay").path("count").asText());

        LambdaResponse svg = LambdaInvoker.invoke(week(chart("approver-1", practice), "2026-W48"));
        assertEquals(200, svg.statusCode(), svg.body());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.body());
        assertTrue(svg.body().contains("wait delay"));
        assertFalse(svg.body().contains("<script"));
    }

    @Test
    void anEmptyWeekShowsEveryRowSuppressedAndAChartWithoutBars() {
        JsonNode digest = LambdaInvoker.invoke(digest("approver-1", practice)).json();

        assertEquals("2026-W48", digest.path("weekId").asText(), "without a week: the newest, here the only one");
        assertEquals(ComplaintTheme.values().length, digest.path("themes").size(), "every theme listed, none left out");
        assertEquals(Category.values().length, digest.path("categories").size());
        for (String count : leaves(digest, "count")) {
            assertEquals("<3", count, "zero is not shown either");
        }
        for (String change : leaves(digest, "change")) {
            assertEquals("n/a", change);
        }
        assertEquals("<3", digest.path("medianMinutesToApproval").asText());
        assertEquals("<3", digest.path("p90MinutesToPublish").asText());
        String svg = LambdaInvoker.invoke(chart("approver-1", practice)).body();
        assertFalse(svg.contains("<rect"), "no bar for a suppressed count: " + svg);
        assertTrue(svg.contains("&lt;3"), svg);
    }

    @Test
    void smallCountsAreShownAsTheSnsDigestShowsThemAndTheNewestWeekIsTheDefault() {
        List<DraftFacts> facts = new ArrayList<>();
        Instant monday = W49.start().plus(Duration.ofHours(10));
        for (int i = 0; i < 5; i++) {     // five wait complaints, approved 20 + i minutes later
            facts.add(complaint("w" + i, monday.plus(Duration.ofMinutes(i)), ComplaintTheme.WAIT_DELAY,
                    Optional.of(monday.plus(Duration.ofMinutes(20 + 2L * i)))));
        }
        for (int i = 0; i < 2; i++) {     // two billing complaints: too few to show
            facts.add(complaint("b" + i, monday.plus(Duration.ofHours(1)), ComplaintTheme.BILLING_INSURANCE,
                    Optional.empty()));
        }
        for (int i = 0; i < 4; i++) {     // last week: four wait complaints, so this week's change shows
            facts.add(complaint("p" + i, W48.start().plus(Duration.ofHours(30)), ComplaintTheme.WAIT_DELAY,
                    Optional.empty()));
        }
        WeeklyDigest stored = DigestCalculator.compute(practice, W49, facts, W49.end());
        assertTrue(stores.digests().saveIfAbsent(stored));

        LambdaResponse answer = LambdaInvoker.invoke(digest("approver-1", practice));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode digest = answer.json();
        assertEquals("2026-W49", digest.path("weekId").asText(), "the newest of the two weeks");
        assertEquals("5", digest.at("/themes/wait_delay/count").asText());
        assertEquals("+1", digest.at("/themes/wait_delay/change").asText());
        assertEquals("<3", digest.at("/themes/billing_insurance/count").asText(), "2 is never shown");
        assertEquals("n/a", digest.at("/themes/billing_insurance/change").asText());
        assertEquals("7", digest.at("/categories/complaint/count").asText());
        assertEquals("22", digest.path("medianMinutesToApproval").asText(), "5 approvals: 20, 21, 22, 23, 24 min");
        assertEquals("24", digest.path("p90MinutesToApproval").asText());
        assertEquals(stored.themes().get("wait_delay"), new WeeklyDigest.Shown(
                digest.at("/themes/wait_delay/count").asText(), digest.at("/themes/wait_delay/change").asText()),
                "the same strings the SNS message is built from");
        for (String value : leaves(digest, null)) {
            assertTrue(value.matches(SHOWN) || Set.of(practice, "2026-W49", CHICAGO.getId(), W49.start().toString(),
                    W49.end().toString()).contains(value), "counts only, never text: " + value);
        }
        String svg = LambdaInvoker.invoke(chart("approver-1", practice)).body();
        assertEquals(1, svg.split("<rect", -1).length - 1, "one bar, for the one shown theme: " + svg);
        assertTrue(svg.contains("week 2026-W49"), svg);

        assertEquals("2026-W48", LambdaInvoker.invoke(week(digest("approver-1", practice), "2026-W48")).json()
                .path("weekId").asText(), "an older week on request");
    }

    @Test
    void anotherPracticesApproverGets404ForEveryFormAndNothingOfTheDigest() {
        String other = new Seeds(stores).practice();
        // olga approves for `other` and asks for this practice's digest, in every form
        for (APIGatewayV2HTTPEvent event : List.of(digest(practice, "olga", other),
                week(digest(practice, "olga", other), "2026-W48"), chart(practice, "olga", other),
                week(chart(practice, "olga", other), "2026-W48"))) {
            LambdaResponse answer = LambdaInvoker.invoke(event);
            assertEquals(404, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains("2026-W48"), answer.body());
            assertFalse(answer.body().contains("wait"), answer.body());
        }
        LambdaResponse none = LambdaInvoker.invoke(digest("olga", other));
        assertEquals(404, none.statusCode(), "no digest for that practice yet");
        assertEquals(404, LambdaInvoker.invoke(chart("olga", other)).statusCode());
        assertEquals(401, LambdaInvoker.invoke(ReviewEvents.withoutClaims(digest("approver-1", practice)))
                .statusCode());
    }

    @Test
    void aMalformedWeekIs400() {
        for (String bad : List.of("last week", "2026-W54", "2025-W53", "2026-W00", "2026-48")) {
            assertEquals(400, LambdaInvoker.invoke(week(digest("approver-1", practice), bad)).statusCode(), bad);
            assertEquals(400, LambdaInvoker.invoke(week(chart("approver-1", practice), bad)).statusCode(), bad);
        }
        LambdaResponse empty = LambdaInvoker.invoke(week(digest("approver-1", practice), ""));
        assertEquals(200, empty.statusCode(), "?week= asks for no week: the newest");
        assertEquals("2026-W48", empty.json().path("weekId").asText());
    }

    private static APIGatewayV2HTTPEvent digest(String approver, String practiceId) {
        return digest(practiceId, approver, practiceId);
    }

    private static APIGatewayV2HTTPEvent chart(String approver, String practiceId) {
        return chart(practiceId, approver, practiceId);
    }

    /** {@code GET /practices/<pathPractice>/digest} (no week: the sample) by {@code approver} of {@code ownPractice}. */
    private static APIGatewayV2HTTPEvent digest(String pathPractice, String approver, String ownPractice) {
        return as(forPracticePath(load("review-get-digest-latest.json"), pathPractice), approver, ownPractice);
    }

    private static APIGatewayV2HTTPEvent chart(String pathPractice, String approver, String ownPractice) {
        return ReviewEvents.withQuery(as(forPracticePath(load("review-get-digest-chart.json"), pathPractice),
                approver, ownPractice), Map.of());
    }

    private static APIGatewayV2HTTPEvent week(APIGatewayV2HTTPEvent event, String week) {
        return ReviewEvents.withQuery(event, Map.of("week", week));
    }

    private static DraftFacts complaint(String id, Instant at, ComplaintTheme theme, Optional<Instant> approved) {
        return new DraftFacts(id, at, Category.COMPLAINT, Optional.of(theme), false, false, Duration.ofHours(4),
                approved, Optional.empty());
    }

    /** Every text leaf of the JSON (named {@code field}, or all when null). */
    private static List<String> leaves(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        collect(node, null, field, out);
        return out;
    }

    private static void collect(JsonNode node, String name, String field, List<String> out) {
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), field, out));
        } else if (field == null || field.equals(name)) {
            out.add(node.asText());
        }
    }
}
