package com.safereply.app.inbox;

import com.safereply.app.practice.PracticeDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds comments the triage stage has not drafted within {@link #DEFAULT_AFTER} of their last change: a triage
 * function failing on them (its records go to the dead-letter queue), or not running at all. Run by the escalation
 * pass, which counts them in a metric with an alarm. Approvers are not told: there is no draft for them to open yet.
 */
public final class StuckCommentCheck {

    public static final Duration DEFAULT_AFTER = Duration.ofMinutes(5);
    /** Ids listed per practice in the report; the count is exact up to this bound per practice. */
    static final int MAX_PER_PRACTICE = 100;

    private final PracticeDirectory practices;
    private final ReceivedComments comments;
    private final Clock clock;
    private final Duration after;

    public StuckCommentCheck(PracticeDirectory practices, ReceivedComments comments, Clock clock, Duration after) {
        this.practices = Objects.requireNonNull(practices);
        this.comments = Objects.requireNonNull(comments);
        this.clock = Objects.requireNonNull(clock);
        this.after = Objects.requireNonNull(after);
    }

    public StuckCommentCheck(PracticeDirectory practices, ReceivedComments comments, Clock clock) {
        this(practices, comments, clock, DEFAULT_AFTER);
    }

    /** The stuck comments' draft ids (ids only: no text), oldest first within each practice. */
    public List<String> run() {
        Instant cutoff = clock.instant().minus(after);
        List<String> stuck = new ArrayList<>();
        for (String practiceId : practices.practiceIds()) {
            comments.awaitingTriageSince(practiceId, cutoff, MAX_PER_PRACTICE)
                    .forEach(comment -> stuck.add(comment.draftId()));
        }
        return stuck;
    }
}
