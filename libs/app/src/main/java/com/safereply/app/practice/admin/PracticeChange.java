package com.safereply.app.practice.admin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audited change to a practice: who, when, what kind, and the names of the fields that changed (never their
 * values: a profile holds nothing secret, but the rule is one rule everywhere). {@code subject} names what the change
 * was about when it is not the document: {@code facebook:104412345678901} for a channel, the Cognito user name for an
 * approver. {@code version} is the practice version the change produced (the current one for approver changes).
 */
public record PracticeChange(String practiceId, Action action, String actor, Instant at, List<String> fields,
                             String subject, long version) {

    /**
     * {@code APPROVER_INVITE_REQUESTED} is written before the identity provider is asked to create the account (no
     * subject yet: the user name is the provider's), {@code APPROVER_INVITED} after, naming the account.
     */
    public enum Action {
        CREATED, UPDATED, CHANNEL_CLAIMED, CHANNEL_RELEASED, APPROVER_INVITE_REQUESTED, APPROVER_INVITED,
        APPROVER_DISABLED
    }

    public PracticeChange {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
