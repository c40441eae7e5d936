package com.safereply.app.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to drafts on the approvers' page: {@code <base>/app/index.html#/drafts/<draftId>}. The draft id is the only thing in the
 * link, and it sits in the fragment, which browsers never send to a server or in a Referer; opening the link only
 * shows the draft (after sign-in if needed), so mail scanners that open links change nothing.
 */
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
        return URI.create(base + "/app/index.html#/drafts/" + URLEncoder.encode(draftId, StandardCharsets.UTF_8));
    }
}
