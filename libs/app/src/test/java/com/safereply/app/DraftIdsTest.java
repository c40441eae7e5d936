package com.safereply.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftIdsTest {

    @Test
    void retriesOfTheSameCommentComputeTheSameId() {
        assertEquals(DraftIds.of("p1", Platform.FACEBOOK, "123_456"), DraftIds.of("p1", Platform.FACEBOOK, "123_456"));
    }

    @Test
    void practiceAndPlatformArePartOfTheIdentity() {
        String id = DraftIds.of("p1", Platform.X, "1789");
        assertNotEquals(id, DraftIds.of("p2", Platform.X, "1789"), "one tweet mentioning two practices");
        assertNotEquals(id, DraftIds.of("p1", Platform.INSTAGRAM, "1789"));
    }

    @Test
    void idsAreOpaqueAndUrlSafe() {
        String id = DraftIds.of("sunrise-dental", Platform.FACEBOOK, "10158_2024");
        assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id);
        assertFalse(id.contains("sunrise") || id.contains("2024"), "the id reveals nothing");
    }
}
