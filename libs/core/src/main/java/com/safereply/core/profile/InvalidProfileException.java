package com.safereply.core.profile;

/** A practice profile document that cannot be used; the message names the offending field. */
public class InvalidProfileException extends RuntimeException {
    private final String field;

    public InvalidProfileException(String field, String problem) {
        super("invalid practice profile: " + field + " " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code publishedPhones[1]}. */
    public String field() {
        return field;
    }
}
