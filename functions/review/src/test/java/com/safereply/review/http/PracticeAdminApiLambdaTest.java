package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.forPracticePath;
import static com.safereply.review.http.ReviewEvents.load;
import static com.safereply.review.http.ReviewEvents.withoutClaims;
import static com.safereply.testing.lambda.ApiGatewayEvents.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.Platform;
import com.safereply.app.memory.InMemoryApproverAccounts;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The practice administration routes as API Gateway v2 events (the samples in events/review-admin-*.json) with JWT
 * claims, against DynamoDB Local: operators create, admins read, update at a version, claim and release channels and
 * manage approvers; every other practice's admin gets 404 on every route and non-admins 403, with nothing audited.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class PracticeAdminApiLambdaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "[practice-admins approvers]";
    private static final String MEMBER = "[approvers]";
    private static final String OPERATOR = "[platform-operators]";
    /** Every route a practice admin calls, by sample; the create route is the operators'. */
    private static final List<String> PRACTICE_ROUTES = List.of("review-admin-get-practice.json",
            "review-admin-update-practice.json", "review-admin-claim-channel.json", "review-admin-release-channel.json",
            "review-admin-list-approvers.json", "review-admin-invite-approver.json",
            "review-admin-disable-approver.json", "review-admin-list-changes.json");

    @Inject
    DynamoDbStores stores;
    @Inject
    InMemoryApproverAccounts accounts;

    private String practice;
    private String other;

    @BeforeEach
    void createTwoPractices() {
        practice = Seeds.newPracticeId();
        other = Seeds.newPracticeId();
        assertEquals(201, create(practice).statusCode());
        assertEquals(201, create(other).statusCode());
    }

    @Test
    void anOperatorCreatesAndTheAdminReadsAndUpdatesAtTheVersionRead() throws Exception {
        LambdaResponse read = send(as("review-admin-get-practice.json", "ada", practice, ADMIN, practice));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals("(212) 555-0147", read.json().path("document").path("profile").path("publishedPhones").path(0)
                .path("number").asText(), "the phone as practices write it");

        ObjectNode document = (ObjectNode) read.json().path("document");
        ((ObjectNode) document.path("profile")).put("name", "Harbor Family Dental");
        document.put("twoPersonRule", true);
        LambdaResponse updated = send(update(practice, document.toString(), "\"1\""));
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(2, updated.json().path("version").asLong());
        assertTrue(stores.practices().findById(practice).orElseThrow().twoPersonRule());

        LambdaResponse stale = send(update(practice, document.toString(), "\"1\""));
        assertEquals(409, stale.statusCode(), stale.body());
        LambdaResponse noIfMatch = send(update(practice, document.toString(), null));
        assertEquals(400, noIfMatch.statusCode(), noIfMatch.body());
        // The route's template, not the id: template-check reads a "GET /…" literal in the code as a route served.
        assertEquals("If-Match is required: send the ETag of GET /practices/{practiceId}, the version you read",
                noIfMatch.json().path("error").asText(), "a practice document has no body version to point to");

        List<PracticeChange> trail = stores.practiceAdmin().changes(practice);
        assertEquals(List.of("operator-1", "ada"), trail.stream().map(PracticeChange::actor).toList());
        assertEquals(List.of("profile.name", "twoPersonRule"), trail.get(1).fields());
        LambdaResponse changes = send(as("review-admin-list-changes.json", "ada", practice, ADMIN, practice));
        assertEquals("UPDATED", changes.json().path("items").path(1).path("action").asText());
    }

    @Test
    void badBodiesAre400AndNameTheField() throws Exception {
        JsonNode document = send(as("review-admin-get-practice.json", "ada", practice, ADMIN, practice)).json()
                .path("document");
        ObjectNode badPhone = document.deepCopy();
        ((ObjectNode) badPhone.path("profile")).putArray("publishedPhones").add("call us");
        LambdaResponse phone = send(update(practice, badPhone.toString(), "\"1\""));
        assertEquals(400, phone.statusCode(), phone.body());
        assertEquals("profile.publishedPhones[0]", phone.json().path("field").asText(), phone.body());

        ObjectNode unknown = document.deepCopy();
        unknown.put("colour", "blue");
        LambdaResponse extra = send(update(practice, unknown.toString(), "\"1\""));
        assertEquals(400, extra.statusCode());
        assertEquals("colour", extra.json().path("field").asText(), extra.body());

        ObjectNode sla = document.deepCopy();
        sla.putObject("sla").put("normalMinutes", "soon");
        assertEquals("sla.normalMinutes", send(update(practice, sla.toString(), "\"1\"")).json().path("field").asText());

        LambdaResponse email = send(withBody(as("review-admin-invite-approver.json", "ada", practice, ADMIN, practice),
                "{\"email\": \"nobody\"}"));
        assertEquals(400, email.statusCode());
        assertEquals("email", email.json().path("field").asText());
        Map<String, String> strictInviteBodies = Map.of(
                "role", "{\"email\": \"a@b.example\", \"role\": \"boss\"}",
                "admin", "{\"email\": \"a@b.example\", \"admin\": \"yes\"}",
                "email", "{\"email\": \"a@b.example\", \"email\": \"c@d.example\"}");
        strictInviteBodies.forEach((field, body) -> {
            LambdaResponse refused = send(withBody(as("review-admin-invite-approver.json", "ada", practice, ADMIN,
                    practice), body));
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(field, refused.json().path("field").asText(), "unknown, wrong type, duplicate: " + refused.body());
        });
        assertTrue(accounts.list(practice).isEmpty(), "no strict-body error invited anyone");

        LambdaResponse platform = send(claim(practice, "myspace", "1", practice, "ada", ADMIN));
        assertEquals("platform", platform.json().path("field").asText(), platform.body());
        assertEquals(1, stores.practiceAdmin().changes(practice).size(), "nothing but the creation audited");
    }

    @Test
    void aChannelAnotherPracticeClaimedIs409WithoutNamingItAndReleaseFreesIt() {
        String page = "9" + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        assertEquals(200, send(claim(practice, "facebook", page, practice, "ada", ADMIN)).statusCode());
        assertEquals(practice, stores.practices().findByChannel(Platform.FACEBOOK, page).orElseThrow().practiceId());

        LambdaResponse taken = send(claim(other, "facebook", page, other, "olga", ADMIN));
        assertEquals(409, taken.statusCode(), taken.body());
        assertFalse(taken.body().contains(practice), "the owner is not named");
        assertEquals(1, stores.practiceAdmin().changes(other).size());

        APIGatewayV2HTTPEvent release = claim(practice, "facebook", page, practice, "ada", ADMIN);
        release.getRequestContext().getHttp().setMethod("DELETE");
        release.setRouteKey("DELETE /practices/{practiceId}/channels/{platform}/{channelId}");
        assertEquals(200, send(release).statusCode());
        assertEquals(200, send(claim(other, "facebook", page, other, "olga", ADMIN)).statusCode());
        assertEquals(other, stores.practices().findByChannel(Platform.FACEBOOK, page).orElseThrow().practiceId());
    }

    @Test
    void anAdminInvitesListsAndDisablesApproversOfTheirPracticeOnly() {
        String email = "new-" + UUID.randomUUID() + "@harbor.example";
        LambdaResponse invited = send(withBody(as("review-admin-invite-approver.json", "ada", practice, ADMIN, practice),
                "{\"email\": \"" + email + "\", \"admin\": true}"));
        assertEquals(201, invited.statusCode(), invited.body());
        String username = invited.json().path("username").asText();
        assertTrue(accounts.isAdmin(username));
        assertEquals(email, send(as("review-admin-list-approvers.json", "ada", practice, ADMIN, practice)).json()
                .path("items").path(0).path("email").asText());
        assertEquals(409, send(withBody(as("review-admin-invite-approver.json", "olga", other, ADMIN, other),
                "{\"email\": \"" + email + "\"}")).statusCode());

        assertEquals(404, send(disable(other, username, "olga", other)).statusCode(), "not olga's approver");
        LambdaResponse disabled = send(disable(practice, username, "ada", practice));
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(disabled.json().path("enabled").asBoolean());
        assertEquals(List.of(PracticeChange.Action.CREATED, PracticeChange.Action.APPROVER_INVITE_REQUESTED,
                        PracticeChange.Action.APPROVER_INVITED, PracticeChange.Action.APPROVER_DISABLED),
                stores.practiceAdmin().changes(practice).stream().map(PracticeChange::action).toList());
    }

    @Test
    void anotherPracticesAdminIs404AndAMemberWithoutTheAdminGroupIs403OnEveryRouteWithNothingAudited() {
        String page = "7" + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        send(claim(practice, "x", page, practice, "ada", ADMIN));
        int before = stores.practiceAdmin().changes(practice).size();
        for (String route : PRACTICE_ROUTES) {
            LambdaResponse intruder = send(as(route, "olga", other, ADMIN, practice));
            assertEquals(404, intruder.statusCode(), route + ": " + intruder.body());
            assertFalse(intruder.body().contains("Harbor"), route + " leaks nothing");
            LambdaResponse member = send(as(route, "carl", practice, MEMBER, practice));
            assertEquals(403, member.statusCode(), route + ": " + member.body());
            assertEquals(401, send(withoutClaims(forPracticePath(load(route), practice))).statusCode(), route);
        }
        assertEquals(before, stores.practiceAdmin().changes(practice).size(), "nothing audited for practice");
        assertEquals(1, stores.practiceAdmin().changes(other).size(), "nothing audited as olga's");
        assertTrue(accounts.list(practice).isEmpty());
        assertEquals(page, stores.practices().findById(practice).orElseThrow().channels().get(0).channelId());

        assertEquals(403, send(as("review-admin-create-practice-not-operator.json", "ada", practice, ADMIN, null))
                .statusCode(), "only operators create");
    }

    // ------------------------------------------------------------------ helpers

    private LambdaResponse create(String id) {
        ObjectNode document = (ObjectNode) parse(load("review-admin-create-practice.json").getBody());
        ((ObjectNode) document.path("profile")).put("practiceId", id).put("name", "Harbor Dental " + id);
        document.putArray("channels");
        APIGatewayV2HTTPEvent event = load("review-admin-create-practice.json");
        claims(event, "operator-1", null, OPERATOR);
        LambdaResponse response = send(withBody(event, document.toString()));
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    private static APIGatewayV2HTTPEvent update(String target, String body, String ifMatch) {
        APIGatewayV2HTTPEvent event = as("review-admin-update-practice.json", "ada", target, ADMIN, target);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("if-match");
        if (ifMatch != null) {
            headers.put("if-match", ifMatch);
        }
        event.setHeaders(headers);
        return withBody(event, body);
    }

    private static APIGatewayV2HTTPEvent claim(String target, String platform, String channelId, String callerPractice,
                                               String sub, String groups) {
        APIGatewayV2HTTPEvent event = as("review-admin-claim-channel.json", sub, callerPractice, groups, target);
        String path = "/practices/" + target + "/channels/" + platform + "/" + channelId;
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.setPathParameters(Map.of("practiceId", target, "platform", platform, "channelId", channelId));
        return event;
    }

    private static APIGatewayV2HTTPEvent disable(String target, String username, String sub, String callerPractice) {
        APIGatewayV2HTTPEvent event = as("review-admin-disable-approver.json", sub, callerPractice, ADMIN, target);
        String path = "/practices/" + target + "/approvers/" + username + "/disable";
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.setPathParameters(Map.of("practiceId", target, "username", username));
        return event;
    }

    /** The sample as {@code sub} of {@code callerPractice} with these groups, aimed at {@code target}'s routes. */
    private static APIGatewayV2HTTPEvent as(String sample, String sub, String callerPractice, String groups,
                                            String target) {
        APIGatewayV2HTTPEvent event = load(sample);
        if (target != null) {
            forPracticePath(event, target);
        }
        return claims(event, sub, callerPractice, groups);
    }

    private static APIGatewayV2HTTPEvent claims(APIGatewayV2HTTPEvent event, String sub, String practiceId,
                                                String groups) {
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", sub);
        if (practiceId == null) {
            claims.remove("custom:practiceId");
        } else {
            claims.put("custom:practiceId", practiceId);
        }
        claims.put("cognito:groups", groups);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static LambdaResponse send(APIGatewayV2HTTPEvent event) {
        LambdaResponse response = LambdaInvoker.invoke(event);
        assertFalse(response.body().contains("Exception"), response.body());
        return response;
    }
}
