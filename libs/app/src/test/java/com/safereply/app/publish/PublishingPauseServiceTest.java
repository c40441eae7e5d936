package com.safereply.app.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.review.AdminOnlyException;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who sees a publishing pause and who lifts it. */
class PublishingPauseServiceTest {
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private final InMemoryPublishingPauses pauses = new InMemoryPublishingPauses();
    private final PublishingPauseService service =
            new PublishingPauseService(pauses, Clock.fixed(T0, ZoneOffset.UTC));
    private final Approver approver = new Approver("a-1", null, "sunrise-dental");
    private final Approver admin = new Approver("admin-1", null, "sunrise-dental", true);
    private final Approver otherAdmin = new Approver("admin-9", null, "harbour-clinic", true);

    @Test
    void approversOfThePracticeSeeThePauseAndOnlyItsAdminLiftsIt() {
        pauses.pause("sunrise-dental", Platform.FACEBOOK, T0.minusSeconds(60));
        assertEquals(Platform.FACEBOOK, service.status(approver, "sunrise-dental").orElseThrow().platform());

        assertThrows(AdminOnlyException.class, () -> service.resume(approver, "sunrise-dental"));
        assertTrue(pauses.pauseOf("sunrise-dental").isPresent(), "still paused");

        assertTrue(service.resume(admin, "sunrise-dental").isPresent());
        assertEquals(Optional.empty(), service.status(approver, "sunrise-dental"));
        assertEquals(List.of(new InMemoryPublishingPauses.Resumed(
                new PublishingPause("sunrise-dental", Platform.FACEBOOK, T0.minusSeconds(60)), "admin-1", T0)),
                pauses.resumed());
        assertEquals(Optional.empty(), service.resume(admin, "sunrise-dental"), "not paused any more");
    }

    @Test
    void anotherPracticesAdminLearnsNothingAndChangesNothing() {
        pauses.pause("sunrise-dental", Platform.X, T0);
        assertThrows(ReviewNotFoundException.class, () -> service.status(otherAdmin, "sunrise-dental"));
        assertThrows(ReviewNotFoundException.class, () -> service.resume(otherAdmin, "sunrise-dental"));
        assertTrue(pauses.pauseOf("sunrise-dental").isPresent());
        assertTrue(pauses.resumed().isEmpty());
    }
}
