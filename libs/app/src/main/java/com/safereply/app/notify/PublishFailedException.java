package com.safereply.app.notify;

/**
 * A notification was not sent. Retryable failures (throttling, server errors, network) should be retried by the
 * event source (stream retry, next schedule); others (bad topic, missing permission) need an operator, but are
 * retried too, so nothing is dropped before it reaches the dead-letter queue.
 */
public class PublishFailedException extends RuntimeException {

    private final boolean retryable;

    public PublishFailedException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
