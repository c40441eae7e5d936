package com.safereply.review.http;

import static com.safereply.review.http.ReviewEvents.as;
import static com.safereply.review.http.ReviewEvents.forDraft;
import static com.safereply.review.http.ReviewEvents.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.DraftIds;
import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Delivery;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftUpdate;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.app.publish.PublishClaim;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.moderation.WatchedReply;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.model.StarRating;
import com.safereply.store.DynamoDbModerationWatch;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.DynamoDbStores;
import com.safereply.testing.lambda.LambdaInvoker;
import com.safereply.testing.lambda.LambdaInvoker.LambdaResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Google review's draft through {@code GET /drafts/{id}} (API Gateway event, DynamoDB Local): approvers see the
 * star rating, and, once the moderation pass recorded that Google rejected the published reply, the rejection.
 */
@QuarkusTest
@WithTestResource(DynamoDbLocalResource.class)
class GoogleReviewDraftLambdaTest {

    @Inject
    DynamoDbStores stores;

    @ConfigProperty(name = "TABLE_NAME")
    String table;

    private String practice;
    private String approver;

    @BeforeEach
    void seed() {
        practice = new Seeds(stores).practice();
        approver = "sub-" + UUID.randomUUID();
    }

    @Test
    void theDraftShowsTheStarRatingAndThenGooglesModerationRejection() {
        DraftRecord draft = pendingGoogleReview(2);
        JsonNode pending = get(draft.draftId());
        assertEquals(2, pending.at("/comment/rating/stars").asInt(), pending.toString());
        assertEquals(5, pending.at("/comment/rating/outOf").asInt());
        assertEquals("2/5", pending.at("/comment/rating/label").asText());

        WatchedReply reply = publish(draft);
        JsonNode published = get(draft.draftId());
        assertEquals("PUBLISHED", published.get("state").asText());
        assertTrue(published.at("/publish/moderation").isMissingNode(), "nothing found yet: " + published);

        Instant found = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertTrue(new DynamoDbModerationWatch(stores.client(), table).recordRejected(reply, found));

        JsonNode rejected = get(draft.draftId());
        assertEquals("PUBLISHED", rejected.get("state").asText(), "published, then taken down by Google");
        assertEquals("REJECTED", rejected.at("/publish/moderation").asText(), rejected.toString());
        assertEquals(found, Instant.parse(rejected.at("/publish/moderationAt").asText()));
        assertTrue(stores.drafts().auditTrail(draft.draftId()).stream().map(AuditEntry::action)
                .anyMatch(a -> a == AuditAction.REPLY_REJECTED));
    }

    @Test
    void aFacebookDraftHasNoRating() {
        DraftRecord facebook = new Seeds(stores).pending(practice, Instant.now());
        assertTrue(get(facebook.draftId()).at("/comment/rating").isMissingNode());
    }

    private JsonNode get(String draftId) {
        LambdaResponse response = LambdaInvoker.invoke(as(forDraft(load("review-get-draft.json"), draftId), approver,
                practice));
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("Exception"));
        return response.json();
    }

    private DraftRecord pendingGoogleReview(int stars) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String location = "5647" + Math.abs(practice.hashCode());
        String reviewName = "accounts/1029384756/locations/" + location + "/reviews/AIe9" + UUID.randomUUID()
                .toString().replace("-", "");
        StoredComment comment = new StoredComment(Platform.GOOGLE, location, reviewName, "Waited an hour past my time.",
                null, "A Reviewer", null, null, null, at.minusSeconds(30), true, new StarRating(stars));
        DraftRecord draft = DraftRecord.newPending(DraftIds.of(practice, Platform.GOOGLE, reviewName), practice,
                comment, new TriageSummary(Category.COMPLAINT, 0.7, List.of("complaint: wait time", "rating: 2/5"),
                        Set.of(), Language.EN), Urgency.NORMAL,
                new DraftContent(Seeds.SAFE_TEXT, ReplyAction.REPLY, "complaint.en-US.0", true, List.of(), 1.0), at);
        stores.drafts().create(draft, new Delivery(practice, reviewName + "|add", at.plus(Duration.ofDays(7))),
                AuditEntry.of(draft, DraftRevision.SYSTEM, AuditAction.CREATED, at, null));
        return draft;
    }

    /** Approved, then claimed and published by the ledger as the publish stage does: the reply is now watched. */
    private WatchedReply publish(DraftRecord pending) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DraftRecord approved = stores.drafts().update(DraftUpdate.of(pending.approved("approver-0", now)));
        DynamoDbPublishLedger ledger = new DynamoDbPublishLedger(stores.client(), table);
        PublishClaim.Claimed claim = (PublishClaim.Claimed) ledger.claim(approved.draftId(), now, PublishService.LEASE);
        ledger.published(approved.draftId(), claim.leaseId(), pending.comment().commentId() + "/reply", now);
        return new DynamoDbModerationWatch(stores.client(), table).due(practice, now.plusSeconds(1), 10).get(0);
    }
}
