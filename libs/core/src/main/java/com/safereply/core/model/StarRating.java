package com.safereply.core.model;

import java.util.Optional;

/**
 * A reviewer's star rating, 1 to 5 (Google Business Profile reviews carry one; comments on other platforms do not).
 * A number, not PHI: it may appear in triage signals and be shown to approvers.
 */
public record StarRating(int stars) {

    public static final int MAX = 5;

    public StarRating {
        if (stars < 1 || stars > MAX) {
            throw new IllegalArgumentException("a star rating is 1 to 5, not " + stars);
        }
    }

    /**
     * Google's {@code StarRating} enum ({@code ONE} .. {@code FIVE}); empty for {@code STAR_RATING_UNSPECIFIED},
     * absent or anything else, so an unknown value never becomes a rating that steers triage.
     */
    public static Optional<StarRating> fromGoogle(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "ONE" -> Optional.of(new StarRating(1));
            case "TWO" -> Optional.of(new StarRating(2));
            case "THREE" -> Optional.of(new StarRating(3));
            case "FOUR" -> Optional.of(new StarRating(4));
            case "FIVE" -> Optional.of(new StarRating(5));
            default -> Optional.empty();
        };
    }

    /** 1-2 stars: the reviewer is unhappy, whatever the words say. */
    public boolean low() {
        return stars <= 2;
    }

    /** 4-5 stars: the reviewer is pleased. */
    public boolean high() {
        return stars >= 4;
    }

    /** How approvers see it, e.g. {@code 2/5}. */
    public String label() {
        return stars + "/" + MAX;
    }
}
