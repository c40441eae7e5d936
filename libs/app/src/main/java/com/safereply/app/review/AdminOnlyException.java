package com.safereply.app.review;

/** The action belongs to the practice's admins (Cognito group {@code practice-admins}). The review API answers 403. */
public class AdminOnlyException extends RuntimeException {
    public AdminOnlyException(String message) {
        super(message);
    }
}
