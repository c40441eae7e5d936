package com.safereply.google;

import com.safereply.core.model.StarRating;
import java.time.Instant;
import java.util.Optional;

/**
 * A review as the Business Profile API returns it. {@code comment} is absent for a rating without text. The star
 * rating (1-5; empty when Google says {@code STAR_RATING_UNSPECIFIED}) is a triage signal; the reply, when present, is
 * the practice's own public answer.
 */
public record GoogleReview(String reviewName, String reviewerDisplayName, Optional<StarRating> starRating,
                           Optional<String> comment,
                           Instant createTime, Instant updateTime, Optional<Reply> reply) {

    /** The practice's reply and, when Google reports one, its moderation state. */
    public record Reply(String comment, Instant updateTime, Optional<String> state) {
        /** Google moderates replies after posting; a rejected reply is public to nobody. */
        public boolean rejected() {
            return state.map(s -> s.equalsIgnoreCase("REJECTED")).orElse(false);
        }

        /** Google's moderation let it through: APPROVED, or ACTIVE as some answers spell it. */
        public boolean approved() {
            return state.map(s -> s.equalsIgnoreCase("APPROVED") || s.equalsIgnoreCase("ACTIVE")).orElse(false);
        }
    }
}
