package com.safereply.review.wiring;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "safereply.review")
public interface ReviewConfig {

    /**
     * Honour the {@code X-Dev-Approver} header (see {@link com.safereply.review.auth.DevApproverHeader}) and the
     * page's local sign-in form ({@link com.safereply.review.auth.LocalSessionTokens}). For local runs only: never set
     * it on a deployed function.
     */
    @WithDefault("false")
    boolean devAuth();

    /** How long a local sign-in lasts (Cognito's ID tokens last an hour, as template.yaml sets them). */
    @WithDefault("60")
    int localSessionMinutes();

    /** The approvers' page: where it signs in when deployed. */
    Page page();

    interface Page {
        /**
         * The Cognito hosted UI's domain, e.g. {@code https://safereply-prod.auth.us-east-1.amazoncognito.com}
         * (template output {@code HostedUiDomain}; env {@code COGNITO_DOMAIN}). Empty: no hosted UI sign-in.
         */
        Optional<String> cognitoDomain();

        /** The user pool app client the page signs in with (env {@code COGNITO_CLIENT_ID}). */
        Optional<String> cognitoClientId();
    }

    /** The approvers' Cognito user pool ({@code APPROVER_USER_POOL_ID}): where invites create accounts. */
    Optional<String> approverUserPoolId();

    /** A Cognito stand-in's endpoint ({@code COGNITO_ENDPOINT}); empty in AWS. */
    Optional<String> cognitoEndpoint();
}
