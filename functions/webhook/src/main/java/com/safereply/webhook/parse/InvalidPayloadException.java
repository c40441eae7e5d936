package com.safereply.webhook.parse;

/**
 * The delivery as a whole cannot be used (not JSON, wrong envelope): answered with 400. The message names the problem
 * and never quotes comment text, so it is safe to return and to log.
 */
public class InvalidPayloadException extends RuntimeException {
    public InvalidPayloadException(String problem) {
        super(problem);
    }
}
