package com.safereply.app.phrasebook;

/** The phrasebook moved past the version the admin read, or the proposal was already accepted. Nothing written. 409. */
public class PhrasebookConflictException extends RuntimeException {
    public PhrasebookConflictException(String message) {
        super(message);
    }
}
