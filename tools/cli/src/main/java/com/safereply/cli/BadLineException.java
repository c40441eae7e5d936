package com.safereply.cli;

/** An input line that is valid JSON but not what the command expects; the message says what is wrong. */
final class BadLineException extends RuntimeException {
    BadLineException(String message) {
        super(message);
    }
}
