package com.safereply.app.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to drafts in the review API: {@code <base>/drafts/<draftId>}. */
public final class ReviewLinks {

    private final String base;

    /** @param baseUrl the review API's base URL ({@code REVIEW_BASE_URL}), with or without a trailing slash */
    public ReviewLinks(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException("REVIEW_BASE_URL is not set");
        }
        URI parsed = URI.create(baseUrl.strip());
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            throw new IllegalStateException("REVIEW_BASE_URL must be an absolute http(s) URL");
        }
        String text = parsed.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public URI draft(String draftId) {
        // Draft ids are base64url already; encoding keeps a malformed id from changing the path.
        return URI.create(base + "/drafts/" + URLEncoder.encode(draftId, StandardCharsets.UTF_8));
    }
}
