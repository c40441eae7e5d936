package com.safereply.app.digest;

import com.safereply.core.model.Category;
import com.safereply.core.themes.ComplaintTheme;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the digest needs of one draft, and nothing else: when the comment arrived, how it was triaged, its theme (a
 * label, computed from the comment by the triage engine's cues; the text itself never leaves the draft), and when it
 * was approved and published.
 *
 * @param theme empty when the comment is not a complaint and no theme cue matched
 * @param sla   the practice's approval SLA for the draft's urgency
 */
public record DraftFacts(String draftId, Instant arrivedAt, Category category, Optional<ComplaintTheme> theme,
                         boolean emergency, boolean crisis, Duration sla, Optional<Instant> approvedAt,
                         Optional<Instant> publishedAt) {
    public DraftFacts {
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(sla, "sla");
    }

    /** Past the SLA: approved later than the SLA after arrival, or still not approved once the SLA ran out. */
    public boolean pastSla(Instant now) {
        Instant deadline = arrivedAt.plus(sla);
        return approvedAt.map(a -> a.isAfter(deadline)).orElse(now.isAfter(deadline));
    }
}
