package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.safereply.app.digest.DigestCalculator;
import com.safereply.app.digest.DigestWeek;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The approvers' digest page data and its SVG chart: the practice's own approvers only. */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class DigestApiLambdaTest {

    @Inject
    DynamoDbStores stores;

    private String practice;

    @BeforeEach
    void storeADigest() {
        practice = new Seeds(stores).practice();
        DigestWeek week = new DigestWeek(LocalDate.of(2026, 11, 23), ZoneId.of("America/Chicago"));
        WeeklyDigest digest = DigestCalculator.compute(practice, week, List.of(), week.end());
        assertTrue(stores.digests().saveIfAbsent(digest));
    }

    @Test
    void theDigestAndItsChartForThePracticesApprovers() {
        LambdaResponse json = LambdaInvoker.invoke(as(forPracticePath(load("review-get-digest.json"), practice),
                "approver-1", practice));
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("2026-W48", json.json().path("weekId").asText());
        assertEquals("<3", json.json().path("themes").path("wait_delay").path("count").asText());

        LambdaResponse svg = LambdaInvoker.invoke(as(forPracticePath(load("review-get-digest-chart.json"), practice),
                "approver-1", practice));
        assertEquals(200, svg.statusCode(), svg.body());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.body());
        assertTrue(svg.body().contains("wait delay"));
        assertFalse(svg.body().contains("<script"));
    }

    @Test
    void otherPracticesAndUnknownWeeksAre404AndBadWeeks400() {
        String other = new Seeds(stores).practice();
        assertEquals(404, LambdaInvoker.invoke(as(forPracticePath(load("review-get-digest.json"), practice),
                "olga", other)).statusCode());
        assertEquals(404, LambdaInvoker.invoke(as(forPracticePath(load("review-get-digest.json"), other),
                "olga", other)).statusCode(), "no digest for that practice yet");
        var bad = as(forPracticePath(load("review-get-digest.json"), practice), "approver-1", practice);
        ReviewEvents.withQuery(bad, java.util.Map.of("week", "last week"));
        assertEquals(400, LambdaInvoker.invoke(bad).statusCode());
    }
}
