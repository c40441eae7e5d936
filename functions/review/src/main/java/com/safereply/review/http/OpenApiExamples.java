package com.safereply.review.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds request and response examples to the generated OpenAPI document (kept in code rather than in annotations so
 * the examples stay readable and the resource stays short). Examples use made-up ids and the fictional 555-01xx range.
 */
public class OpenApiExamples implements OASFilter {

    private static final String DRAFT_ID = "q8cVjHk2Rm1sT0bXwYzA4g";
    private static final String GOOGLE_DRAFT_ID = "Zk3pQw9xLm2VbN7cRt5yHa";
    private static final String REVIEW_NAME = "accounts/1029384756/locations/5647382910/reviews/AIe9xYzExample1";
    private static final String SAFE_TEXT = "Thank you for your feedback. Privacy laws don't allow us to discuss any "
            + "individual's situation online. Please call our practice manager at 555-0100.";

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return operation;
        }
        switch (id) {
            case "listDrafts" -> response(operation, "200", "queue", Map.of(
                    "items", List.of(map("draftId", DRAFT_ID, "platform", "facebook", "category", "complaint",
                            "urgency", "normal", "state", "PENDING_APPROVAL", "version", 1,
                            "createdAt", "2026-01-01T09:15:00.000Z", "safe", true, "violationLabels", List.of())),
                    "nextCursor", "cTF8ZGVtby1wcmFjdGljZXwyMDI2LTAxLTAxVDA5OjE1OjAwLjAwMFojcThjVmpI"));
            case "getDraft" -> {
                googleDraft(operation);
                response(operation, "200", "draft", map(
                    "draftId", DRAFT_ID, "practiceId", "demo-practice", "state", "PENDING_APPROVAL", "version", 1,
                    "urgency", "normal", "createdAt", "2026-01-01T09:15:00.000Z",
                    "updatedAt", "2026-01-01T09:15:00.000Z",
                    "comment", map("platform", "facebook", "link", "https://www.facebook.com/104412345678901/posts/1",
                            "text", "Waited two hours and nobody told us why.", "postedAt", "2026-01-01T09:14:30Z"),
                    "triage", map("category", "complaint", "confidence", 0.86, "signals", List.of("complaint: waiting"),
                            "flags", List.of(), "language", "en"),
                    "draft", text(SAFE_TEXT, "complaint-us-1"),
                    "guard", map("safe", true, "violations", List.of(), "completeness", 1.0),
                    "history", List.of(map("version", 1, "text", SAFE_TEXT, "editor", "system",
                            "at", "2026-01-01T09:15:00.000Z"))));
            }
            case "editDraft" -> {
                request(operation, "edit", map("text", SAFE_TEXT, "version", 1));
                response(operation, "200", "edited", status("PENDING_APPROVAL", 2, text(SAFE_TEXT, null)));
                response(operation, "422", "unsafe", map("error", "the edited text is unsafe; nothing was changed",
                        "violations", List.of(map("rule", "H1", "label", "confirms_relationship", "start", 10,
                                "end", 20, "span", "your visit", "reason", "places the person's care at the practice"))));
                response(operation, "409", "stale", map("error",
                        "the draft changed since version 1 was read; reload it and try again"));
                response(operation, "400", "unknown field", map("error",
                        "unknown field \"txt\" (known fields: [text, version])"));
            }
            case "approveDraft" -> {
                request(operation, "approve", map("version", 2));
                response(operation, "200", "approved", status("APPROVED", 3, text(SAFE_TEXT, null)));
                response(operation, "403", "two-person rule", map("error",
                        "two-person rule: the last editor of a draft cannot approve it; another approver must"));
                response(operation, "409", "decided", map("error", "draft is APPROVED and can no longer be changed"));
            }
            case "rejectDraft" -> {
                request(operation, "reject", map("reason", "Tone does not fit our page", "version", 1));
                response(operation, "200", "rejected", status("REJECTED", 2, text(SAFE_TEXT, "complaint-us-1")));
            }
            case "getDraftAudit" -> response(operation, "200", "trail", map("draftId", DRAFT_ID, "items", List.of(
                    map("at", "2026-01-01T09:15:00.000Z", "actor", "system", "action", "created", "draftVersion", 1,
                            "textHash", "9f2c4f0e8a5d3b6c1e7a9d2f4b6c8e0a1c3e5a7b9d1f3a5c7e9b1d3f5a7c9e1b"),
                    map("at", "2026-01-01T09:20:02.120Z", "actor", "8a1f6c2e-approver-sub", "action", "viewed",
                            "draftVersion", 1,
                            "textHash", "9f2c4f0e8a5d3b6c1e7a9d2f4b6c8e0a1c3e5a7b9d1f3a5c7e9b1d3f5a7c9e1b",
                            "count", 3, "lastAt", "2026-01-01T09:31:45.008Z")),
                    "nextCursor", "YTF8cThjVmpIazJSbTFzVDBiWHdZekE0Z3xBVURJVCMyMDI2LTAxLTAxVDA5OjIwOjAyLjEyMFojNWQwYzZlMWEtM2Y0Yi00YzJkLTllOGYtN2E2YjVjNGQzZTJm"));
            default -> admin(operation, id);
        }
        return operation;
    }

    /** A Google review's draft after publishing: the star rating, and Google's moderation rejecting the reply later. */
    private static void googleDraft(Operation operation) {
        response(operation, "200", "google review, reply rejected by moderation", map(
                "draftId", GOOGLE_DRAFT_ID, "practiceId", "demo-practice", "state", "PUBLISHED", "version", 6,
                "urgency", "normal", "createdAt", "2026-01-02T10:00:05.000Z", "updatedAt", "2026-01-02T14:30:00.000Z",
                "comment", map("platform", "google", "text", "Waited an hour past my appointment time.",
                        "postedAt", "2026-01-02T10:00:00Z", "rating", map("stars", 2, "outOf", 5, "label", "2/5")),
                "triage", map("category", "complaint", "confidence", 0.6,
                        "signals", List.of("complaint: waiting", "rating: 2/5"), "flags", List.of(), "language", "en"),
                "draft", text(SAFE_TEXT, "complaint-us-1"),
                "guard", map("safe", true, "violations", List.of(), "completeness", 1.0),
                "publish", map("platformReplyId", REVIEW_NAME + "/reply", "publishedAt", "2026-01-02T10:20:01.000Z",
                        "attempts", 1, "moderation", "REJECTED", "moderationAt", "2026-01-02T14:30:00.000Z")));
    }

    /** Practice administration: operators create practices; practice admins edit, claim channels, invite approvers. */
    private static void admin(Operation operation, String id) {
        switch (id) {
            case "createPractice" -> {
                request(operation, "practice", practiceDocument());
                response(operation, "201", "created", map("practiceId", "demo-practice", "version", 1,
                        "document", practiceDocument()));
                response(operation, "400", "invalid phone", map("error",
                        "profile.publishedPhones[0].number: not a phone number we can publish"));
                response(operation, "409", "channel claimed", map("error",
                        "channels[0]: facebook channel 104412345678901 is already claimed by another practice"));
            }
            case "getPractice" -> response(operation, "200", "practice", map("practiceId", "demo-practice",
                    "version", 3, "document", practiceDocument()));
            case "updatePractice" -> {
                request(operation, "practice", practiceDocument());
                response(operation, "200", "updated", map("practiceId", "demo-practice", "version", 4,
                        "document", practiceDocument()));
                response(operation, "409", "stale", map("error",
                        "the practice changed since version 3 was read; read it again"));
            }
            case "claimChannel" -> {
                Map<String, Object> withGoogle = practiceDocument();
                withGoogle.put("channels", List.of(map("platform", "facebook", "id", "104412345678901"),
                        map("platform", "google", "id", "5647382910")));
                response(operation, "200", "google location claimed", map("practiceId", "demo-practice",
                        "version", 5, "document", withGoogle));
                response(operation, "409", "claimed elsewhere", map("error",
                        "google channel 5647382910 is claimed by another practice"));
            }
            case "releaseChannel" -> response(operation, "200", "released", map("practiceId", "demo-practice",
                    "version", 6, "document", practiceDocument()));
            case "listApprovers" -> response(operation, "200", "approvers", map("items", List.of(
                    map("username", "7c1e2a90-approver", "email", "approver@demo-practice.example", "enabled", true,
                            "status", "CONFIRMED"))));
            case "inviteApprover" -> {
                request(operation, "invite", map("email", "new.approver@demo-practice.example", "admin", false));
                response(operation, "201", "invited", map("username", "b3d9f4c1-invited",
                        "email", "new.approver@demo-practice.example", "enabled", true,
                        "status", "FORCE_CHANGE_PASSWORD"));
                response(operation, "409", "exists", map("error", "email: an account with this e-mail exists"));
            }
            case "disableApprover" -> response(operation, "200", "disabled", map("username", "7c1e2a90-approver",
                    "email", "approver@demo-practice.example", "enabled", false, "status", "CONFIRMED"));
            case "listPracticeChanges" -> response(operation, "200", "changes", map("items", List.of(
                    map("action", "CREATED", "actor", "operator-1", "at", "2026-01-01T08:00:00.000Z",
                            "fields", List.of("profile", "channels", "sla", "twoPersonRule"), "version", 1),
                    map("action", "CHANNEL_CLAIMED", "actor", "admin-1", "at", "2026-01-01T08:05:00.000Z",
                            "fields", List.of("channels"), "subject", "google:5647382910", "version", 2))));
            default -> {
            }
        }
    }

    private static Map<String, Object> practiceDocument() {
        return map("profile", map("practiceId", "demo-practice", "name", "Demo Practice", "jurisdiction", "US",
                        "languages", List.of("en"), "publishedPhones", List.of(map("number", "(212) 555-0147",
                                "role", "main"))),
                "channels", List.of(map("platform", "facebook", "id", "104412345678901")),
                "sla", map("normalMinutes", 120, "urgentMinutes", 15), "twoPersonRule", false);
    }

    private static Map<String, Object> status(String state, int version, Map<String, Object> text) {
        return map("draftId", DRAFT_ID, "state", state, "version", version, "updatedAt", "2026-01-01T09:25:00.000Z",
                "draft", text);
    }

    private static Map<String, Object> text(String text, String templateId) {
        Map<String, Object> m = map("text", text, "action", "reply", "safe", true, "violationLabels", List.of(),
                "completeness", 1.0);
        if (templateId != null) {
            m.put("templateId", templateId);
        }
        return m;
    }

    private static void request(Operation operation, String name, Object value) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json != null) {
            json.addExample(name, OASFactory.createExample().value(value));
        }
    }

    private static void response(Operation operation, String code, String name, Object value) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse response = operation.getResponses().getAPIResponse(code);
        if (response == null) {
            return;
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        MediaType json = response.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            json = OASFactory.createMediaType();
            response.getContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
        }
        json.addExample(name, OASFactory.createExample().value(value));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
