package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.app.Platform;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The publishing-pause routes (issue 15, Graph code 368) as API Gateway v2 events against DynamoDB Local: approvers
 * see the pause, only the practice's admin lifts it, another practice gets 404 and changes nothing.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class PublishingApiLambdaTest {

    @Inject
    DynamoDbStores stores;

    private String practice;

    @BeforeEach
    void pausedPractice() {
        practice = new Seeds(stores).practice();
        stores.publishingPauses().pause(practice, Platform.FACEBOOK, Instant.parse("2026-12-03T09:00:00Z"));
    }

    @Test
    void approversSeeThePauseAndOnlyTheirAdminResumesIt() {
        LambdaResponse status = send("review-get-publishing.json", "reader", practice, false, practice);
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.json().path("paused").asBoolean(), status.body());
        assertEquals("facebook", status.json().path("platform").asText());

        assertEquals(403, send("review-resume-publishing.json", "reader", practice, false, practice).statusCode());
        assertTrue(stores.publishingPauses().pauseOf(practice).isPresent(), "an approver cannot lift it");

        String admin = "admin-" + UUID.randomUUID();
        LambdaResponse resumed = send("review-resume-publishing.json", admin, practice, true, practice);
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertFalse(resumed.json().path("paused").asBoolean());
        assertFalse(send("review-get-publishing.json", "reader", practice, false, practice).json().path("paused")
                .asBoolean());
        assertEquals(409, send("review-resume-publishing.json", admin, practice, true, practice).statusCode(),
                "nothing left to resume");
    }

    @Test
    void anotherPracticesAdminGets404OnBothRoutesAndThePauseStays() {
        String other = new Seeds(stores).practice();
        assertEquals(404, send("review-get-publishing.json", "olga", other, true, practice).statusCode());
        assertEquals(404, send("review-resume-publishing.json", "olga", other, true, practice).statusCode());
        assertTrue(stores.publishingPauses().pauseOf(practice).isPresent());
    }

    /** The sample as {@code sub} of {@code callerPractice}, aimed at {@code target}'s publishing. */
    private static LambdaResponse send(String sample, String sub, String callerPractice, boolean admin,
                                       String target) {
        APIGatewayV2HTTPEvent event = as(forPracticePath(load(sample), target), sub, callerPractice);
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("cognito:groups", admin ? "[practice-admins approvers]" : "[approvers]");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Exception"), response.body());
        return response;
    }
}
