package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.review.http.ReviewEvents.withoutClaims;
import static com.safereply.testing.lambda.ApiGatewayEvents.withHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code safereply.review.dev-auth=true} (local runs) the X-Dev-Approver header names the approver; JWT claims
 * still win when both are present. ReviewApiLambdaTest proves the header is ignored with the default (off).
 */
@QuarkusTest
@TestProfile(DevAuthProfile.class)
@WithTestResource(DynamoDbLocalResource.class)
class DevAuthLambdaTest {

    @Inject
    DynamoDbStores stores;

    @Test
    void theDevHeaderActsAsTheApproverItNames() {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-02-01T09:00:00Z"));
        APIGatewayV2HTTPEvent event = withHeader(withoutClaims(forDraft(load("review-get-draft.json"), draft.draftId())),
                "X-Dev-Approver", "dev-sub;" + practice + ";dev@example.org");

        LambdaResponse response = LambdaInvoker.invoke(event);

        assertEquals(200, response.statusCode(), response.body());
        AuditEntry viewed = seeds.audit(draft.draftId()).get(1);
        assertEquals(AuditAction.VIEWED, viewed.action());
        assertEquals("dev-sub", viewed.actor());
    }

    @Test
    void claimsWinOverTheDevHeader() {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        String other = seeds.practice();
        APIGatewayV2HTTPEvent event = withHeader(as(forPracticePath(load("review-list-drafts.json"), practice),
                "claims-sub", practice), "X-Dev-Approver", "dev-sub;" + other);

        assertEquals(200, LambdaInvoker.invoke(event).statusCode());
    }

    @Test
    void aMalformedDevHeaderIsUnauthorized() {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        APIGatewayV2HTTPEvent event = withHeader(withoutClaims(forPracticePath(load("review-list-drafts.json"), practice)),
                "X-Dev-Approver", "only-a-sub");

        assertEquals(401, LambdaInvoker.invoke(event).statusCode());
    }

    /** Issue 11: the header used to be read as Latin-1 ("josé" became "josÃ©"); non-ASCII is now refused. */
    @Test
    void aNonAsciiDevHeaderIsUnauthorizedRatherThanMisread() {
        Seeds seeds = new Seeds(stores);
        String practice = seeds.practice();
        APIGatewayV2HTTPEvent event = withHeader(withoutClaims(forPracticePath(load("review-list-drafts.json"), practice)),
                "X-Dev-Approver", "dev-sub;" + practice + ";jos\u00e9@example.org");

        assertEquals(401, LambdaInvoker.invoke(event).statusCode());
    }
}
