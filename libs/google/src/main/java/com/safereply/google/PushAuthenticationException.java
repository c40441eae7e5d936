package com.safereply.google;

/** The push was not proven to come from our Pub/Sub subscription: answer 401 and store nothing. */
public final class PushAuthenticationException extends Exception {
    public PushAuthenticationException(String reason) {
        super(reason);
    }
}
