package com.safereply.webhook.signature;

/** The outcome of checking a webhook signature header; only {@link #VALID} lets a delivery through. */
public enum SignatureCheck {
    VALID("valid"),
    MISSING("missing signature header"),
    MALFORMED("malformed signature header"),
    MISMATCH("signature does not match the body"),
    /** The receiver has no secret, so it cannot trust anything: fail closed rather than accept unsigned input. */
    NOT_CONFIGURED("signature cannot be verified");

    private final String problem;

    SignatureCheck(String problem) {
        this.problem = problem;
    }

    public boolean isValid() {
        return this == VALID;
    }

    /** A short reason that is safe to return to the caller and to log. */
    public String problem() {
        return problem;
    }
}
