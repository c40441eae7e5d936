package com.safereply.review.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Approvers are isolated per practice, on every route the review API has (enumerated from {@link ReviewResource},
 * so a new route is covered the day it is added): an approver of practice A aiming at practice B's queue or draft
 * gets 404, exactly as for something that does not exist (never 200, 403, 409 or 422, which would tell A that it
 * exists), no data of B in the body, B's draft unchanged and no audit item written for B. The same requests from B's
 * own approver succeed, so the 404 comes from the practice check and not from a malformed request.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class CrossPracticeIsolationLambdaTest {

    @Inject
    DynamoDbStores stores;

    static List<ReviewRoutes> routes() {
        return ReviewRoutes.all();
    }

    @Test
    void theRouteListIsReadFromTheResource() {
        Set<String> routes = routes().stream().map(ReviewRoutes::toString).collect(Collectors.toSet());
        assertTrue(routes.containsAll(Set.of("GET /practices/{practiceId}/drafts", "GET /drafts/{draftId}",
                "PUT /drafts/{draftId}", "POST /drafts/{draftId}/approve", "POST /drafts/{draftId}/reject",
                "GET /drafts/{draftId}/audit")), routes.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anotherPracticesApproverGets404AndLearnsAndChangesNothing(ReviewRoutes route) {
        Seeds seeds = new Seeds(stores);
        String practiceB = seeds.practice();
        DraftRecord theirs = seeds.pending(practiceB, Instant.parse("2026-02-01T09:00:00Z"));
        List<AuditEntry> auditBefore = seeds.audit(theirs.draftId());
        String practiceA = seeds.practice();
        seeds.pending(practiceA, Instant.parse("2026-02-01T09:05:00Z"));     // A has drafts of its own

        LambdaResponse response = LambdaInvoker.invoke(
                route.event("sub-a-" + UUID.randomUUID(), practiceA, practiceB, theirs.draftId(), theirs.version()));

        assertEquals(404, response.statusCode(), route + ": " + response.body());
        String body = response.body();
        for (String secret : List.of(practiceB, Seeds.COMMENT_TEXT, "Jane", "jane.roe", "555-0100", "Thank you",
                theirs.comment().commentId(), "PENDING", "version", "items")) {
            assertFalse(body.contains(secret), route + " leaked '" + secret + "': " + body);
        }
        assertEquals(theirs, seeds.current(theirs.draftId()), route + " changed B's draft");
        assertEquals(auditBefore, seeds.audit(theirs.draftId()), route + " wrote an audit item for B");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theSameRequestFromThePracticesOwnApproverSucceeds(ReviewRoutes route) {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        DraftRecord draft = route.draftFor(seeds, practice, Instant.parse("2026-02-01T10:00:00Z"));

        LambdaResponse response = LambdaInvoker.invoke(
                route.event("sub-own-" + UUID.randomUUID(), practice, practice, draft.draftId(), draft.version()));

        assertEquals(200, response.statusCode(), route + ": " + response.body());
    }
}
