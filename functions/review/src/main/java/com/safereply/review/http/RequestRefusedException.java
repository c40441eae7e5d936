package com.safereply.review.http;

/** A request refused for its form rather than its content (413 too large, 415 not JSON): this status, this message. */
public class RequestRefusedException extends RuntimeException {

    private final int status;

    public RequestRefusedException(int status, String problem) {
        super(problem);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
