package com.safereply.review.http;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

import com.safereply.review.wiring.ReviewConfig;

/**
 * Headers on every answer of this function, the page's files and the API's JSON alike (a Vert.x filter, so static
 * files get them too):
 * <ul>
 *   <li>{@code Content-Security-Policy} without {@code unsafe-inline} or {@code unsafe-eval}: scripts, styles and
 *   images from this origin only; connections to this origin and, when configured, Cognito's hosted UI domain (the
 *   page exchanges its authorization code there); no framing, no plugins, no {@code <base>}.</li>
 *   <li>{@code Referrer-Policy: no-referrer}: a draft id in the page's address never travels to another site.</li>
 *   <li>{@code Cache-Control: no-store}: API answers hold comment and draft text, so no browser or proxy keeps them;
 *   the page's few small files are cheap to fetch again and then never mismatch the API.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 * Set at the end of each answer; only Cache-Control replaces a value the handler set.
 */
@Singleton
public class SecurityHeaders {

    private final Map<String, String> headers;

    public SecurityHeaders(ReviewConfig config) {
        this.headers = headers(config.page().cognitoDomain().orElse(""));
    }

    /** The headers, with {@code connect-src} allowing the hosted UI's origin when there is one. */
    static Map<String, String> headers(String cognitoDomain) {
        String connect = "'self'" + (cognitoDomain.isBlank() ? "" : " " + origin(cognitoDomain));
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                + " connect-src " + connect + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        return Map.copyOf(h);
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> apply(rc.response().headers()));
            rc.next();
        }, 10);
    }

    void apply(MultiMap response) {
        headers.forEach((name, value) -> {
            // Cache-Control always: Quarkus's static handler marks files cacheable for a day, which would let a page
            // older than the API it talks to linger.
            if (name.equals("Cache-Control") || !response.contains(name)) {
                response.set(name, value);
            }
        });
    }

    private static String origin(String domain) {
        java.net.URI uri = java.net.URI.create(domain.strip());
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("the Cognito domain must be an https URL: " + domain);
        }
        return "https://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
