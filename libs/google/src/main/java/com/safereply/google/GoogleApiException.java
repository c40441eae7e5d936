package com.safereply.google;

/** The Business Profile API could not be read; the message holds a status, never review text. */
public final class GoogleApiException extends Exception {
    public GoogleApiException(String message) {
        super(message);
    }
}
