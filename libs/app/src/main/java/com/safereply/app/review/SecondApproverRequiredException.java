package com.safereply.app.review;

/**
 * Free text (guard verdict {@code review}) needs a second person: whoever wrote the edit may not approve it, and the
 * approver must attest. The review API answers 403 when the approver is the editor, 400 when the attestation is missing.
 */
public class SecondApproverRequiredException extends RuntimeException {

    private final boolean approverIsEditor;

    public SecondApproverRequiredException(boolean approverIsEditor) {
        super(approverIsEditor
                ? "free text needs a second approver: the editor of this text cannot approve it"
                : "free text needs the approver's attestation: neitherConfirmsNorDeniesRelationship and noHealthInformation must both be true");
        this.approverIsEditor = approverIsEditor;
    }

    public boolean approverIsEditor() {
        return approverIsEditor;
    }
}
