package com.safereply.app.practice.admin;

/** An account with this e-mail exists already: 409, nothing created (which practice it is in is not said). */
public class ApproverExistsException extends RuntimeException {
    public ApproverExistsException() {
        super("an account with this email already exists");
    }
}
