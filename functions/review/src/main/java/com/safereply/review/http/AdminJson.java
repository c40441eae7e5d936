package com.safereply.review.http;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.practice.PracticeDocument;
import com.safereply.app.practice.admin.ApproverAccount;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.app.practice.admin.VersionedPractice;

/** Bodies of the practice administration routes. Requests are read strictly ({@link StrictJson}). */
public final class AdminJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AdminJson() {
    }

    /**
     * A practice: its id, its version (also the ETag) and its document, in the form {@code PUT} takes back (its
     * {@code channels} as read, or none: they change through their own routes).
     */
    public record Practice(String practiceId, long version, JsonNode document) {
        static Practice of(VersionedPractice practice) {
            try {
                return new Practice(practice.practice().practiceId(), practice.version(),
                        MAPPER.readTree(PracticeDocument.write(practice.practice())));
            } catch (Exception e) {
                throw new IllegalStateException("the practice document did not serialise", e);
            }
        }
    }

    /** {@code POST /practices/{id}/approvers}: the e-mail to invite, and whether they administer the practice. */
    public record Invite(String email, Boolean admin) {
    }

    public record Approver(String username, String email, boolean enabled, String status) {
        static Approver of(ApproverAccount account) {
            return new Approver(account.username(), account.email(), account.enabled(), account.status());
        }
    }

    public record Approvers(List<Approver> items) {
        static Approvers of(List<ApproverAccount> accounts) {
            return new Approvers(accounts.stream().map(Approver::of).toList());
        }
    }

    /** One audited change: field names only, never values. */
    public record Change(String action, String actor, Instant at, List<String> fields, String subject, long version) {
        static Change of(PracticeChange change) {
            return new Change(change.action().name(), change.actor(), change.at(), change.fields(), change.subject(),
                    change.version());
        }
    }

    public record Changes(List<Change> items) {
        static Changes of(List<PracticeChange> changes) {
            return new Changes(changes.stream().map(Change::of).toList());
        }
    }
}
