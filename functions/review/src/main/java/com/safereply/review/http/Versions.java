package com.safereply.review.http;

/**
 * The draft version a change is based on, from the body's {@code version} or an {@code If-Match} header (the ETag of
 * GET /drafts/{id}, {@code "3"}). One of the two is required; if both are sent they must agree.
 */
final class Versions {

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

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new BadRequestException("If-Match must be the draft's ETag, a version such as \"3\"");
        }
        return Long.parseLong(value);
    }
}
