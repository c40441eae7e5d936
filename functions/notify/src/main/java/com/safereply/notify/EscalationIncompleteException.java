package com.safereply.notify;

/** Some escalations could not be published in this run; their receipts were cleared, so a retry sends them. */
public class EscalationIncompleteException extends RuntimeException {
    public EscalationIncompleteException(int failures) {
        super(failures + " escalation(s) could not be published; they are retried on the next run");
    }
}
