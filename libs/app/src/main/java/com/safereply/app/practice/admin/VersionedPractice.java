package com.safereply.app.practice.admin;

import com.safereply.app.practice.PracticeAccount;

import java.util.Objects;

/** A practice as stored, with the version an update must name (optimistic locking; the first version is 1). */
public record VersionedPractice(PracticeAccount practice, long version) {
    public VersionedPractice {
        Objects.requireNonNull(practice, "practice");
        if (version < 1) {
            throw new IllegalArgumentException("a stored practice has version 1 or more");
        }
    }
}
