package com.safereply.review.http;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;

/**
 * The sample events of {@code events/review-*.json}, re-targeted to what a test seeded: another draft id, another
 * approver, another body, other query parameters. Everything else (claims layout, headers, request context) stays as
 * the sample has it, so the tests exercise the same shape {@code sam local invoke} sends.
 */
final class ReviewEvents {

    /** The draft id the samples name (the demo practice's draft for events/meta-page-comment.json). */
    static final String SAMPLE_DRAFT_ID = "qTZ3yEmMx2_HqrKvWX3GbA";
    static final String SAMPLE_PRACTICE_ID = "demo-practice";

    private ReviewEvents() {
    }

    static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + name);
    }

    /** The sample aimed at {@code draftId} (and practice) instead of the demo ones. */
    static APIGatewayV2HTTPEvent forDraft(APIGatewayV2HTTPEvent event, String draftId) {
        return retarget(event, SAMPLE_DRAFT_ID, draftId);
    }

    static APIGatewayV2HTTPEvent forPracticePath(APIGatewayV2HTTPEvent event, String practiceId) {
        return retarget(event, SAMPLE_PRACTICE_ID, practiceId);
    }

    private static APIGatewayV2HTTPEvent retarget(APIGatewayV2HTTPEvent event, String from, String to) {
        event.setRawPath(event.getRawPath().replace(from, to));
        event.getRequestContext().getHttp().setPath(event.getRequestContext().getHttp().getPath().replace(from, to));
        if (event.getPathParameters() != null) {
            Map<String, String> params = new HashMap<>();
            event.getPathParameters().forEach((k, v) -> params.put(k, v.replace(from, to)));
            event.setPathParameters(params);
        }
        return event;
    }

    /** Acting as {@code sub} of {@code practiceId}: the claims the JWT authorizer would put in the request context. */
    static APIGatewayV2HTTPEvent as(APIGatewayV2HTTPEvent event, String sub, String practiceId) {
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("sub", sub);
        claims.put("custom:practiceId", practiceId);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    static APIGatewayV2HTTPEvent withoutClaims(APIGatewayV2HTTPEvent event) {
        event.getRequestContext().setAuthorizer(null);
        return event;
    }

    /** Query parameters live twice in a v2 event; the Lambda HTTP layer reads the raw string, so keep both in step. */
    static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, Map<String, String> parameters) {
        Map<String, String> ordered = new LinkedHashMap<>(parameters);
        StringBuilder raw = new StringBuilder();
        ordered.forEach((k, v) -> raw.append(raw.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        event.setRawQueryString(raw.toString());
        event.setQueryStringParameters(ordered.isEmpty() ? null : ordered);
        return event;
    }
}
