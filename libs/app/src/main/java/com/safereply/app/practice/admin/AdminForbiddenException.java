package com.safereply.app.practice.admin;

/** The caller belongs to the practice (or is an operator) but lacks the group this change needs: 403. */
public class AdminForbiddenException extends RuntimeException {
    public AdminForbiddenException(String message) {
        super(message);
    }
}
