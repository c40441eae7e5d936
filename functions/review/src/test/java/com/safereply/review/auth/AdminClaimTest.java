package com.safereply.review.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The admin claim: exact membership of practice-admins, in the forms API Gateway passes cognito:groups. */
class AdminClaimTest {

    @Test
    void theGroupIsFoundInEveryFormTheClaimTakes() {
        assertTrue(LambdaAuthorizerClaims.inGroup("[practice-admins approvers]", "practice-admins"));
        assertTrue(LambdaAuthorizerClaims.inGroup("[approvers practice-admins]", "practice-admins"));
        assertTrue(LambdaAuthorizerClaims.inGroup("practice-admins", "practice-admins"));
        assertTrue(LambdaAuthorizerClaims.inGroup("[\"approvers\",\"practice-admins\"]", "practice-admins"));
    }

    @Test
    void onlyTheExactGroupNameCounts() {
        assertFalse(LambdaAuthorizerClaims.inGroup(null, "practice-admins"));
        assertFalse(LambdaAuthorizerClaims.inGroup("[approvers]", "practice-admins"));
        assertFalse(LambdaAuthorizerClaims.inGroup("[practice-admins-readonly]", "practice-admins"));
        assertFalse(LambdaAuthorizerClaims.inGroup("[not-practice-admins]", "practice-admins"));
    }

    @Test
    void theAdminFlagComesWithThePracticeClaimItIsScopedTo() {
        var admin = LambdaAuthorizerClaims.approverFrom(Map.of("sub", "ana", "custom:practiceId", "p1",
                "cognito:groups", "[practice-admins]")).orElseThrow();
        assertTrue(admin.administers("p1"));
        assertFalse(admin.administers("p2"));
        assertEquals(false, LambdaAuthorizerClaims.approverFrom(Map.of("sub", "ben", "custom:practiceId", "p1"))
                .orElseThrow().practiceAdmin());
    }
}
