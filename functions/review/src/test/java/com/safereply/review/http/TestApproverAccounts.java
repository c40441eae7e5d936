package com.safereply.review.http;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.safereply.app.memory.InMemoryApproverAccounts;

/**
 * The approvers' accounts in memory for the route tests (the Cognito adapter is tested at the wire in libs/cognito);
 * replaces the default Cognito bean in this module's tests.
 */
public class TestApproverAccounts {

    @Produces
    @Singleton
    InMemoryApproverAccounts accounts() {
        return new InMemoryApproverAccounts();
    }
}
