package com.safereply.google;

import com.safereply.app.CommentIngest;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified, parsed Business Profile notification into the ingest use case, like any comment: the location is the
 * channel (the practice that claimed it), the review's resource name is the comment id, and the review itself is
 * fetched with the practice's refresh token (a notification carries no text). A new review is an {@code ADD}, an
 * updated one an {@code EDIT} (a pending draft re-triages, as Meta edits do), a review Google no longer has a
 * {@code REMOVE}. The delivery key is Pub/Sub's {@code messageId}, so a redelivered push changes nothing. The star
 * rating travels with the comment: triage weighs it ({@code RatingSignal}) and approvers see it.
 */
public final class GoogleReviewIngest {

    /** What one push did; the webhook acknowledges every one of these with 200. */
    public enum Outcome { CREATED, DUPLICATE, RETRIAGED, RETRACTED, NO_PENDING_DRAFT, UNKNOWN_LOCATION, NOT_CONNECTED, IGNORED }

    /** Google or the token endpoint could not answer: the push must be retried (the webhook answers 503). */
    public static final class ReviewUnavailableException extends RuntimeException {
        public ReviewUnavailableException(String message) {
            super(message);
        }
    }

    private final PracticeDirectory practices;
    private final PlatformTokens refreshTokens;
    private final GoogleAccessTokens accessTokens;
    private final GoogleReviewsApi reviews;
    private final CommentIngest ingest;

    public GoogleReviewIngest(PracticeDirectory practices, PlatformTokens refreshTokens, GoogleAccessTokens accessTokens,
                              GoogleReviewsApi reviews, CommentIngest ingest) {
        this.practices = Objects.requireNonNull(practices);
        this.refreshTokens = Objects.requireNonNull(refreshTokens);
        this.accessTokens = Objects.requireNonNull(accessTokens);
        this.reviews = Objects.requireNonNull(reviews);
        this.ingest = Objects.requireNonNull(ingest);
    }

    /**
     * @throws ReviewUnavailableException when the review could not be fetched (retry)
     * @throws StoreUnavailableException  when it could not be stored (retry)
     */
    public Outcome handle(ReviewNotification notification) {
        if (!notification.isReview()) {
            return Outcome.IGNORED;
        }
        Optional<PracticeAccount> practice = practices.findByChannel(Platform.GOOGLE, notification.locationId());
        if (practice.isEmpty()) {
            return Outcome.UNKNOWN_LOCATION;
        }
        Optional<PlatformToken> refresh = refreshTokens.tokenFor(practice.get().practiceId(), Platform.GOOGLE);
        if (refresh.isEmpty()) {
            return Outcome.NOT_CONNECTED;
        }
        Optional<PlatformToken> access;
        try {
            access = accessTokens.accessToken(refresh.get());
        } catch (IOException e) {
            throw new ReviewUnavailableException("Google token endpoint unavailable");
        }
        if (access.isEmpty()) {
            return Outcome.NOT_CONNECTED; // the practice revoked SafeReply's access: nothing to fetch with
        }
        String reviewName = notification.reviewName().orElseThrow();
        // No look at the delivery record before this fetch: a redelivered push costs one GET, but the ingest's
        // conditional write stays the one place that de-duplicates, and a redelivered push whose review is gone must
        // still reach the ingest, which re-runs a retraction that failed the first time.
        Optional<GoogleReview> review;
        try {
            review = reviews.fetch(reviewName, access.get());
        } catch (GoogleApiException e) {
            throw new ReviewUnavailableException(e.getMessage());
        }
        InboundComment comment = review
                .map(r -> inbound(notification, r, notification.type() == ReviewNotification.Type.NEW_REVIEW
                        ? CommentVerb.ADD : CommentVerb.EDIT))
                .orElseGet(() -> removed(notification));
        return outcome(ingest.ingest(comment));
    }

    private static InboundComment inbound(ReviewNotification n, GoogleReview review, CommentVerb verb) {
        return new InboundComment(Platform.GOOGLE, n.locationId(), review.reviewName(), verb, "google|" + n.messageId(),
                review.comment().orElse(""), null, review.reviewerDisplayName(), null,
                null, null, review.createTime(), true, review.starRating().orElse(null));
    }

    private static InboundComment removed(ReviewNotification n) {
        return new InboundComment(Platform.GOOGLE, n.locationId(), n.reviewName().orElseThrow(), CommentVerb.REMOVE,
                "google|" + n.messageId(), null, null, null, null, null, null, null);
    }

    private static Outcome outcome(IngestOutcome outcome) {
        return switch (outcome) {
            case CREATED -> Outcome.CREATED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case RETRIAGED -> Outcome.RETRIAGED;
            case RETRACTED -> Outcome.RETRACTED;
            case NO_PENDING_DRAFT -> Outcome.NO_PENDING_DRAFT;
            case UNKNOWN_CHANNEL -> Outcome.UNKNOWN_LOCATION;
        };
    }
}
