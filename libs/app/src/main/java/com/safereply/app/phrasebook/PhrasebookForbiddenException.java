package com.safereply.app.phrasebook;

/**
 * The approver belongs to the practice but may not do this: not a practice admin, or accepting their own proposal
 * (a second admin must). Only ever raised for the caller's own practice; another practice's is "not found". 403.
 */
public class PhrasebookForbiddenException extends RuntimeException {
    public PhrasebookForbiddenException(String message) {
        super(message);
    }
}
