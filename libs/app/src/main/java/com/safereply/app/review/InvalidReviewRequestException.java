package com.safereply.app.review;

/** A request the API refuses before touching anything (empty text, text too long, missing reason). 400. */
public class InvalidReviewRequestException extends RuntimeException {
    public InvalidReviewRequestException(String problem) {
        super(problem);
    }
}
