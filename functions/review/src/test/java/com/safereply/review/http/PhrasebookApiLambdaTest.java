package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.phrasebook.PhrasebookAuditEntry;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The phrasebook routes as API Gateway v2 events with JWT authorizer claims (admins by {@code cognito:groups}),
 * against DynamoDB Local and the real guard: propose, unsafe refused, self-accept refused, a second admin accepts, and
 * the sentence then passes a draft edit as {@code safe}; other practices get 404 and leave no trace.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class PhrasebookApiLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENTENCE = "Thanks so much for the kind words!";
    private static final String SAMPLE_PROPOSAL = "Xq9fPz1LmN3bVc7KtR5wHg";

    @Inject
    DynamoDbStores stores;

    private Seeds seeds;
    private String practice;
    private final String ana = "ana-" + UUID.randomUUID();
    private final String ben = "ben-" + UUID.randomUUID();

    @BeforeEach
    void seedPractice() {
        seeds = new Seeds(stores);
        practice = seeds.practice();
    }

    @Test
    void aSentenceASecondAdminAcceptedMakesADraftEditSafeForThatPractice() throws Exception {
        DraftRecord draft = seeds.pending(practice, Instant.parse("2026-01-07T10:00:00Z"));
        LambdaResponse edited = edit(draft.draftId(), SENTENCE, 1, "approver-" + UUID.randomUUID());
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("review", verdict(draft.draftId()), "free text before the phrasebook has it");

        LambdaResponse proposed = propose(ana, practice, true, SENTENCE);
        assertEquals(201, proposed.statusCode(), proposed.body());
        String proposalId = proposed.json().path("proposalId").asText();
        assertEquals(SENTENCE, get(ben, practice, false).json().path("openProposals").path(0).path("sentence").asText());

        assertEquals(403, accept(ana, practice, true, proposalId, 0).statusCode(), "the proposer cannot accept");
        LambdaResponse accepted = accept(ben, practice, true, proposalId, 0);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, accepted.json().path("version").asLong());
        assertEquals(409, accept(ben, practice, true, proposalId, 1).statusCode(), "already accepted");

        assertEquals("safe", verdict(draft.draftId()), "vetted from the next check on");
        String other = seeds.practice();
        DraftRecord elsewhere = seeds.pending(other, Instant.parse("2026-01-07T10:00:00Z"));
        assertEquals(200, edit(elsewhere.draftId(), SENTENCE, 1, "approver-x", other).statusCode());
        assertEquals("review", verdict(elsewhere.draftId(), other), "another practice's phrasebook vets nothing here");

        List<PhrasebookAuditEntry> trail = stores.phrasebooks().auditTrail(practice);
        assertEquals(List.of(ana, ben), trail.stream().map(PhrasebookAuditEntry::actor).toList());
        assertEquals(PhrasebookAuditEntry.sha256(SENTENCE), trail.get(1).sentenceSha256());
    }

    @Test
    void anUnsafeSentenceIs422WithItsViolationsAndNothingIsStored() {
        LambdaResponse refused = propose(ana, practice, true, "It was lovely having you in the chair again.");
        assertEquals(422, refused.statusCode(), refused.body());
        assertFalse(refused.json().path("violations").isEmpty(), refused.body());
        assertTrue(stores.phrasebooks().openProposals(practice).isEmpty());
        assertTrue(stores.phrasebooks().auditTrail(practice).isEmpty());
    }

    @Test
    void nonAdminsAre403AndOtherPracticesAre404OnEveryRouteWithNothingAudited() {
        String proposalId = propose(ana, practice, true, SENTENCE).json().path("proposalId").asText();
        assertEquals(403, propose(ben, practice, false, "Our whole team appreciates it.").statusCode());
        assertEquals(403, accept(ben, practice, false, proposalId, 0).statusCode());
        assertEquals(400, send(withBody(event("review-propose-phrase.json", ana, practice, true, null),
                "{\"sentence\":\"Hi\",\"extra\":1}")).statusCode(), "strict bodies: unknown fields refused");

        String other = seeds.practice();
        String intruder = "olga-" + UUID.randomUUID();
        assertEquals(404, get(intruder, other, true, practice).statusCode());
        assertEquals(404, propose(intruder, other, true, practice, SENTENCE).statusCode());
        assertEquals(404, accept(intruder, other, true, practice, proposalId, 0).statusCode());
        assertEquals(404, accept(intruder, other, true, other, proposalId, 0).statusCode(), "not via its own path either");
        assertEquals(1, stores.phrasebooks().auditTrail(practice).size(), "only ana's proposal");
        assertTrue(stores.phrasebooks().auditTrail(other).isEmpty());
        assertEquals(0, stores.phrasebooks().phrasebook(practice).version());
    }

    // ------------------------------------------------------------------ helpers

    private LambdaResponse get(String sub, String callerPractice, boolean admin) {
        return get(sub, callerPractice, admin, callerPractice);
    }

    private LambdaResponse get(String sub, String callerPractice, boolean admin, String target) {
        return send(event("review-get-phrasebook.json", sub, callerPractice, admin, target));
    }

    private LambdaResponse propose(String sub, String callerPractice, boolean admin, String sentence) {
        return propose(sub, callerPractice, admin, callerPractice, sentence);
    }

    private LambdaResponse propose(String sub, String callerPractice, boolean admin, String target, String sentence) {
        return send(withBody(event("review-propose-phrase.json", sub, callerPractice, admin, target),
                json(Map.of("sentence", sentence))));
    }

    private LambdaResponse accept(String sub, String callerPractice, boolean admin, String proposalId, long version) {
        return accept(sub, callerPractice, admin, callerPractice, proposalId, version);
    }

    private LambdaResponse accept(String sub, String callerPractice, boolean admin, String target, String proposalId,
                                  long version) {
        APIGatewayV2HTTPEvent event = event("review-accept-phrase.json", sub, callerPractice, admin, target);
        event.setRawPath(event.getRawPath().replace(SAMPLE_PROPOSAL, proposalId));
        event.getRequestContext().getHttp().setPath(event.getRawPath());
        Map<String, String> params = new HashMap<>(event.getPathParameters());
        params.put("proposalId", proposalId);
        event.setPathParameters(params);
        return send(withBody(event, json(Map.of("version", version))));
    }

    private LambdaResponse edit(String draftId, String text, long version, String sub) {
        return edit(draftId, text, version, sub, practice);
    }

    private LambdaResponse edit(String draftId, String text, long version, String sub, String callerPractice) {
        return send(withBody(as(forDraft(load("review-edit-draft.json"), draftId), sub, callerPractice),
                json(Map.of("text", text, "version", version))));
    }

    private String verdict(String draftId) {
        return verdict(draftId, practice);
    }

    private String verdict(String draftId, String callerPractice) {
        LambdaResponse response = send(as(forDraft(load("review-get-draft.json"), draftId), "reader", callerPractice));
        assertEquals(200, response.statusCode(), response.body());
        return response.json().path("guard").path("verdict").asText();
    }

    /** The sample as {@code sub} of {@code callerPractice}, aimed at {@code target}'s phrasebook. */
    private static APIGatewayV2HTTPEvent event(String sample, String sub, String callerPractice, boolean admin,
                                               String target) {
        APIGatewayV2HTTPEvent event = as(forPracticePath(load(sample), target == null ? callerPractice : target),
                sub, callerPractice);
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        if (admin) {
            claims.put("cognito:groups", "[practice-admins approvers]");
        } else {
            claims.put("cognito:groups", "[approvers]");
        }
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Exception"), response.body());
        return response;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
