package com.safereply.app.practice;

/** A practice document (profile + channels + SLA) that cannot be used; the message names the offending field. */
public class InvalidPracticeDocumentException extends RuntimeException {
    private final String field;

    public InvalidPracticeDocumentException(String field, String problem) {
        super("invalid practice document: " + field + " " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code channels[0].platform} or {@code profile.publishedPhones[1]}. */
    public String field() {
        return field;
    }
}
