package com.safereply.app.practice.admin;

/** The practice is not at the version the caller read (or, creating, it exists already): 409, nothing written. */
public class PracticeVersionConflictException extends RuntimeException {
    public PracticeVersionConflictException(String message) {
        super(message);
    }
}
