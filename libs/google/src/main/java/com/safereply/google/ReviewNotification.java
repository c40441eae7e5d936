package com.safereply.google;

import java.util.Optional;

/**
 * One Business Profile notification, out of its Pub/Sub envelope. {@code messageId} is Pub/Sub's, the de-duplication
 * key; the review itself is fetched by {@code reviewName}, since the notification carries no text.
 */
public record ReviewNotification(String messageId, Type type, String locationName, Optional<String> reviewName) {

    public enum Type { NEW_REVIEW, UPDATED_REVIEW, OTHER }

    /** Review notifications lead to a fetch; other types (Google adds some) are acknowledged and ignored. */
    public boolean isReview() {
        return type != Type.OTHER && reviewName.isPresent();
    }

    /** The location's id within its account, {@code accounts/1/locations/2} -> {@code 2}: the channel id. */
    public String locationId() {
        return locationName.substring(locationName.lastIndexOf('/') + 1);
    }
}
