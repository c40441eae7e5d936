package com.safereply.store;

import com.safereply.app.draft.InvalidCursorException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueCursorTest {

    private final String position = Keys.queueSk(Instant.parse("2025-03-01T09:00:00Z"), "AbC_d-123");

    @Test
    void aCursorDecodesToTheStartKeyOfTheItemItPointsAt() {
        String cursor = QueueCursor.encode("QUEUE#p1", position);

        var key = QueueCursor.decode(cursor, "QUEUE#p1");

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe");
        assertEquals("QUEUE#p1", key.get("GSI1PK").s());
        assertEquals("2025-03-01T09:00:00.000Z#AbC_d-123", key.get("GSI1SK").s());
        assertEquals("DRAFT#AbC_d-123", key.get("PK").s());
        assertEquals("DRAFT", key.get("SK").s());
    }

    @Test
    void cursorsForAnotherPracticeOrInAnotherFormatAreRefused() {
        String cursor = QueueCursor.encode("QUEUE#p1", position);

        assertThrows(InvalidCursorException.class, () -> QueueCursor.decode(cursor, "QUEUE#p2"));
        assertThrows(InvalidCursorException.class, () -> QueueCursor.decode(cursor, "DRAFTS#p1#APPROVED"),
                "a queue cursor is not a cursor for another state's list");
        assertThrows(InvalidCursorException.class, () -> QueueCursor.decode("not base64!", "p1"));
        assertThrows(InvalidCursorException.class, () -> QueueCursor.decode(QueueCursor.encode("p1", "x#y#z"), "p1"));
        assertThrows(InvalidCursorException.class, () -> QueueCursor.decode("", "p1"));
    }

    @Test
    void queueSortKeysSortChronologicallyAsStrings() {
        String whole = Keys.queueSk(Instant.parse("2025-03-01T09:00:00Z"), "z");
        String later = Keys.queueSk(Instant.parse("2025-03-01T09:00:00.5Z"), "a");

        assertTrue(whole.compareTo(later) < 0, whole + " should sort before " + later);
    }
}
