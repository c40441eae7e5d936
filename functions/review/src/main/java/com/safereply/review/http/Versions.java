package com.safereply.review.http;

import java.util.regex.Pattern;

/**
 * The version a change is based on. A draft's comes from the body's {@code version} or an {@code If-Match} header
 * (the ETag of GET /drafts/{id}, {@code "3"}): one of the two is required, and if both are sent they must agree. A
 * practice document has no version field of its own, so for it If-Match is the only way ({@link #requiredIfMatch}).
 */
final class Versions {

    private static final Pattern STRONG_ETAG = Pattern.compile("\"[1-9][0-9]{0,17}\"");

    private Versions() {
    }

    static long required(Long bodyVersion, String ifMatch) {
        Long header = parseIfMatch(ifMatch);
        if (bodyVersion != null && header != null && !bodyVersion.equals(header)) {
            throw new BadRequestException("the body's version and If-Match disagree");
        }
        Long version = bodyVersion != null ? bodyVersion : header;
        if (version == null) {
            throw new BadRequestException("version is required: send the version you read in the body or as If-Match");
        }
        if (version < 1) {
            throw new BadRequestException("version must be a positive whole number");
        }
        return version;
    }

    /** For a body that cannot carry a version (the practice document): If-Match is required, and said so. */
    static long requiredIfMatch(String ifMatch, String readFrom) {
        Long header = parseIfMatch(ifMatch);
        if (header == null) {
            throw new BadRequestException("If-Match is required: send the ETag of " + readFrom);
        }
        return header;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Strict: exactly the strong ETag this API sends, {@code "3"}. A weak ETag ({@code W/"3"}) only says "about the
     * same" and is refused for a conditional write (RFC 9110 13.1.1 compares If-Match strongly); an unquoted value or
     * leading zeros ({@code "03"}) are not an ETag we issued.
     */
    private static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            throw new BadRequestException("If-Match must be a strong ETag: a weak one (W/...) cannot guard a write");
        }
        if (!STRONG_ETAG.matcher(value).matches()) {
            throw new BadRequestException("If-Match must be the ETag exactly as sent, a quoted version such as \"3\"");
        }
        return Long.parseLong(value.substring(1, value.length() - 1));
    }
}
