package com.safereply.review.wiring;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "safereply.review")
public interface ReviewConfig {

    /**
     * Honour the {@code X-Dev-Approver} header (see {@link com.safereply.review.auth.DevApproverHeader}). For local
     * runs only: never set it on a deployed function.
     */
    @WithDefault("false")
    boolean devAuth();

    /** The approvers' Cognito user pool ({@code APPROVER_USER_POOL_ID}): where invites create accounts. */
    Optional<String> approverUserPoolId();

    /** A Cognito stand-in's endpoint ({@code COGNITO_ENDPOINT}); empty in AWS. */
    Optional<String> cognitoEndpoint();
}
