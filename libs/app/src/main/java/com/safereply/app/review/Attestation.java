package com.safereply.app.review;

/**
 * What a second approver states before approving free text the guard could not vet (verdict {@code review}). Both
 * must be true; the approval's audit item records that they were given.
 *
 * @param neitherConfirmsNorDeniesRelationship the reply neither confirms nor denies that anyone is or was a patient
 * @param noHealthInformation                  the reply holds no health information about anyone
 */
public record Attestation(boolean neitherConfirmsNorDeniesRelationship, boolean noHealthInformation) {

    public static final Attestation NONE = new Attestation(false, false);

    public boolean complete() {
        return neitherConfirmsNorDeniesRelationship && noHealthInformation;
    }
}
