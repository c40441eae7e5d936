package com.safereply.webhook.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP request as the routes read it, decoded from API Gateway's HTTP API event (payload format 2.0): the method,
 * the raw path, headers by case-insensitive name, the query parameters (the first value of a repeated one) and the
 * body's exact bytes (base64-decoded when API Gateway encoded it), so the signature is checked over what was sent.
 */
public record WebhookRequest(String method, String path, Map<String, String> headers, Map<String, String> query,
                             byte[] body) {

    public WebhookRequest {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = Collections.unmodifiableMap(byName);
        query = Map.copyOf(query);
    }

    /** The body was marked base64 but is not: API Gateway never sends that, so it is the caller's mistake (400). */
    public static final class UndecodableBodyException extends RuntimeException {
        UndecodableBodyException() {
            super("body is not valid base64", null, false, false);
        }
    }

    /**
     * The request in an HTTP API event's JSON, read as Quarkus's Lambda mapper read the SDK's typed
     * {@code APIGatewayV2HTTPEvent} before: field names in any case, unknown fields ignored, a number or boolean where a
     * string belongs taken as its text. Read as a tree, not bound to the typed event: binding made Quarkus build
     * databind's bean deserializer for the whole event (request context, authorizers, their builders) at init, for the
     * six fields read here (docs/benchmarks.md, "Cold start").
     *
     * @throws UndecodableBodyException when {@code isBase64Encoded} is set on a body that is not base64
     */
    public static WebhookRequest fromEvent(JsonNode event) {
        JsonNode http = field(field(event, "requestContext"), "http");
        Map<String, String> headers = new HashMap<>();
        field(event, "headers").fields().forEachRemaining(h -> headers.put(h.getKey(), text(h.getValue())));
        return of(text(field(http, "method")), text(field(event, "rawPath")), headers, text(field(event, "rawQueryString")),
                text(field(event, "body")), field(event, "isBase64Encoded").asBoolean(false));
    }

    /**
     * The request from the event's parts as API Gateway sends them; any of them may be null. Headers with a null name or
     * value are left out.
     *
     * @throws UndecodableBodyException when {@code base64} is set on a body that is not base64
     */
    public static WebhookRequest of(String method, String rawPath, Map<String, String> rawHeaders, String rawQuery,
                                    String body, boolean base64) {
        Map<String, String> headers = new HashMap<>();
        if (rawHeaders != null) {
            rawHeaders.forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, value);
                }
            });
        }
        return new WebhookRequest(nullToEmpty(method), routedPath(rawPath), headers, query(rawQuery), body(body, base64));
    }

    /** A request as it arrived over plain HTTP (the local run): raw path and query, headers, the body's exact bytes. */
    public static WebhookRequest ofHttp(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                        byte[] body) {
        return new WebhookRequest(nullToEmpty(method), routedPath(rawPath), headers, query(rawQuery),
                body == null ? new byte[0] : body);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String queryParameter(String name) {
        return query.get(name);
    }

    /** The path as routed: one trailing slash is not part of the route (the JAX-RS stack matched it too). */
    static String routedPath(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code a=1&b=x+y&a=2} → {a=1, b="x y"}: form decoding, as JAX-RS's {@code @QueryParam} decodes. */
    static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text; // a stray '%': compared as written, so it simply matches nothing
        }
    }

    private static byte[] body(String body, boolean base64) {
        if (body == null) {
            return new byte[0];
        }
        if (!base64) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new UndecodableBodyException();
        }
    }

    /** The object's field of that name in any case (exact match first); a missing node when absent. */
    private static JsonNode field(JsonNode object, String name) {
        JsonNode exact = object.path(name);
        if (!exact.isMissingNode() || !object.isObject()) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return exact;
    }

    /** A scalar's text; null for null, absent, or an object or array (API Gateway sends none there). */
    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
