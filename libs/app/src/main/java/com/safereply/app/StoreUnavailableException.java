package com.safereply.app;

/** Storage could not be reached or refused the write for a reason that a retry may fix. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
