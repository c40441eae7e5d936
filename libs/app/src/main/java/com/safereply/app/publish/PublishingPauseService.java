package com.safereply.app.publish;

import com.safereply.app.review.AdminOnlyException;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What approvers may do about a paused practice: every approver of the practice sees the pause (so a failed draft's
 * reason makes sense); only a practice admin lifts it, after checking the platform's policy notice. Another
 * practice's approver gets "not found", before any admin check, so nothing tells them a pause exists.
 */
public final class PublishingPauseService {

    private final PublishingPauses pauses;
    private final Clock clock;

    public PublishingPauseService(PublishingPauses pauses, Clock clock) {
        this.pauses = Objects.requireNonNull(pauses);
        this.clock = Objects.requireNonNull(clock);
    }

    public Optional<PublishingPause> status(Approver approver, String practiceId) {
        requireOwnPractice(approver, practiceId);
        return pauses.pauseOf(practiceId);
    }

    /**
     * Lifts the pause; drafts that failed meanwhile stay failed until an approver retries each one.
     *
     * @return the pause lifted, or empty when publishing was not paused
     */
    public Optional<PublishingPause> resume(Approver approver, String practiceId) {
        requireOwnPractice(approver, practiceId);
        if (!approver.administers(practiceId)) {
            throw new AdminOnlyException("only practice admins may resume publishing");
        }
        return pauses.resume(practiceId, approver.sub(), clock.instant());
    }

    private static void requireOwnPractice(Approver approver, String practiceId) {
        if (!approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
    }
}
