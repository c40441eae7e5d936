package com.safereply.review.http;

/** The request itself is malformed (body, query or header): 400 with this message, which names the problem. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String problem) {
        super(problem);
    }
}
