package com.safereply.app.practice.admin;

/** A request field that cannot be used: 400, and the message starts with the field's name. */
public class InvalidAdminRequestException extends RuntimeException {
    private final String field;

    public InvalidAdminRequestException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
