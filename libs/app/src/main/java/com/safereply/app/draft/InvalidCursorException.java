package com.safereply.app.draft;

/** A pagination cursor that this store did not issue for this practice's queue. The review API answers 400. */
public class InvalidCursorException extends RuntimeException {
    public InvalidCursorException(String problem) {
        super("invalid cursor: " + problem);
    }
}
