package com.safereply.google;

/** The push body is not a Pub/Sub envelope of a review notification: answer 400, naming the field. */
public final class MalformedPushException extends Exception {
    private final String field;

    public MalformedPushException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
