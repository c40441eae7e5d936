package com.safereply.review.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies. Unknown fields are refused ({@link StrictJson}); {@code version} may come as If-Match instead. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    @Schema(name = "EditRequest", description = "Replace the draft text; the guard checks it with the comment as context")
    public record Edit(
            @Schema(description = "New reply text, 1 to 2000 characters", required = true) String text,
            @Schema(description = "Draft version you read; or send If-Match") Long version) {
    }

    @Schema(name = "ApproveRequest", description = "Approve the current text; the body may be empty when If-Match is sent"
            + " and the text is vetted (verdict safe)")
    public record Approve(@Schema(description = "Draft version you read; or send If-Match") Long version,
                          @Schema(description = "Required when the verdict is review (free text): a second approver's statement")
                          AttestationJson attestation,
                          @Schema(description = "Also hide the comment on the platform (Facebook, Instagram; offered for"
                                  + " spam or a comment disclosing health information)") Boolean hide) {
    }

    @Schema(name = "Attestation", description = "A second approver's statement about free text; both must be true")
    public record AttestationJson(
            @Schema(description = "The reply neither confirms nor denies that anyone is or was a patient", required = true)
            Boolean neitherConfirmsNorDeniesRelationship,
            @Schema(description = "The reply holds no health information about anyone", required = true)
            Boolean noHealthInformation) {

        com.safereply.app.review.Attestation toAttestation() {
            return new com.safereply.app.review.Attestation(Boolean.TRUE.equals(neitherConfirmsNorDeniesRelationship),
                    Boolean.TRUE.equals(noHealthInformation));
        }
    }

    @Schema(name = "CheckRequest", description = "A text to check as this draft's reply; nothing is stored")
    public record Check(@Schema(description = "Reply text, 1 to 2000 characters", required = true) String text) {
    }

    @Schema(name = "RejectRequest", description = "Reject the draft with a reason")
    public record RetryPublish(@Schema(description = "Draft version you read; or send If-Match") Long version) {
    }

    public record Reject(
            @Schema(description = "Why, 1 to 500 characters; kept on the draft, not in the audit trail", required = true)
            String reason,
            @Schema(description = "Draft version you read; or send If-Match") Long version) {
    }
}
