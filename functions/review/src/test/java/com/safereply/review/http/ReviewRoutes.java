package com.safereply.review.http;

import java.time.Instant;
import com.safereply.app.draft.DraftRecord;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every route of {@link ReviewResource}, read from its JAX-RS annotations, so a route added later is tried by every
 * test that walks this list without anyone remembering to add it. Each route can build the API Gateway v2 event an
 * approver would send, with a body that is valid for the route (made from its {@code @RequestBody} record), so a
 * refusal can only come from who is asking, not from what was sent.
 */
record ReviewRoutes(String method, String template, Class<?> body) {

    static final String TEXT = Seeds.SAFE_TEXT;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A draft this route can act on when the caller is allowed to: a pending one, except for the publish retry, which
     * only a draft whose publish the platform refused can take.
     */
    DraftRecord draftFor(Seeds seeds, String practiceId, Instant createdAt) {
        DraftRecord pending = seeds.pending(practiceId, createdAt);
        return template.endsWith("/retry-publish") ? seeds.publishFailed(pending) : pending;
    }

    /** All routes, in a stable order. */
    static List<ReviewRoutes> all() {
        String base = ReviewResource.class.getAnnotation(Path.class).value();
        List<ReviewRoutes> routes = new ArrayList<>();
        for (Method m : ReviewResource.class.getDeclaredMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path path = m.getAnnotation(Path.class);
            String template = (base + "/" + (path == null ? "" : path.value())).replaceAll("/+", "/");
            Class<?> body = null;
            for (var parameter : m.getParameters()) {
                RequestBody rb = parameter.getAnnotation(RequestBody.class);
                if (rb != null) {
                    body = rb.content()[0].schema().implementation();
                }
            }
            routes.add(new ReviewRoutes(verb, template, body));
        }
        routes.sort(Comparator.comparing(r -> r.method + " " + r.template));
        return routes;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    /**
     * The event {@code sub} of {@code callerPractice} sends to this route, aimed at {@code targetPractice} (for
     * practice routes) or {@code draftId} (for draft routes) at {@code version}.
     */
    APIGatewayV2HTTPEvent event(String sub, String callerPractice, String targetPractice, String draftId, long version) {
        Map<String, String> parameters = new HashMap<>();
        String path = template;
        if (template.contains("{practiceId}")) {
            parameters.put("practiceId", targetPractice);
            path = path.replace("{practiceId}", targetPractice);
        }
        if (template.contains("{draftId}")) {
            parameters.put("draftId", draftId);
            path = path.replace("{draftId}", draftId);
        }
        if (path.contains("{")) {
            throw new AssertionError("ReviewRoutes does not know how to fill " + template + ": teach it");
        }
        APIGatewayV2HTTPEvent event = ReviewEvents.load("review-approve-draft.json");
        event.setRouteKey(method + " " + template);
        event.getRequestContext().setRouteKey(method + " " + template);
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        event.setRawPath(path);
        event.setRawQueryString("");
        event.setQueryStringParameters(null);
        event.setPathParameters(parameters);
        event.setBody(body == null ? null : validBody(version));
        return ReviewEvents.as(event, sub, callerPractice);
    }

    /** Every component of the route's request record filled in: text fields with safe text, numbers with the version, attestations given. */
    private String validBody(long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : body.getRecordComponents()) {
            Class<?> type = c.getType();
            if (type == String.class) {
                fields.put(c.getName(), TEXT);
            } else if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
                fields.put(c.getName(), version);
            } else if (type == boolean.class || type == Boolean.class) {
                fields.put(c.getName(), false); // options such as hide: off is valid for every draft
            } else if (type == ReviewRequests.AttestationJson.class) {
                fields.put(c.getName(), Map.of("neitherConfirmsNorDeniesRelationship", true, "noHealthInformation", true));
            } else {
                throw new AssertionError("ReviewRoutes cannot fill " + body.getSimpleName() + "." + c.getName());
            }
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Changes the draft, or records a view of it (opening a draft appends a {@code viewed} audit item). */
    boolean writes() {
        // The live check is a POST (it has a body) but only reads: PageLambdaTest shows it stores and audits nothing.
        if (template.endsWith("/check")) {
            return false;
        }
        return !"GET".equals(method) || "/drafts/{draftId}".equals(template);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
