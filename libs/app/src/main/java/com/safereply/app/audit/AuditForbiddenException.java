package com.safereply.app.audit;

/** The caller is in the practice but not in a role that may do this (the API answers 403). */
public class AuditForbiddenException extends RuntimeException {
    public AuditForbiddenException(String message) {
        super(message);
    }
}
