package com.safereply.review.http;

import java.util.Optional;

/**
 * The request itself is malformed (body, query or header): 400 with this message, which names the problem. When the
 * problem is one body field, {@link #field()} is its JSON path, so a client can point at it without parsing the
 * message.
 */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String problem) {
        this(problem, null);
    }

    public BadRequestException(String problem, String field) {
        super(problem);
        this.field = field == null || field.isEmpty() ? null : field;
    }

    /** The body field at fault, e.g. {@code attestation.hide}; empty for a problem with the request as a whole. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
