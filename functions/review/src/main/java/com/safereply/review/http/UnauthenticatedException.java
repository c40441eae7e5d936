package com.safereply.review.http;

/** No approver identity on the request (missing JWT claims): 401. */
public class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException() {
        super("missing approver identity: the request needs the JWT claims sub and custom:practiceId");
    }
}
