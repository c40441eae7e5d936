package com.safereply.app.review;

/**
 * The draft or queue does not exist <em>for this approver</em>: unknown, or another practice's. Both read the same, so
 * an approver cannot learn whether an id exists elsewhere. The review API answers 404.
 */
public class ReviewNotFoundException extends RuntimeException {
    public ReviewNotFoundException(String what) {
        super(what + " not found");
    }
}
