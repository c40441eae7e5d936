package com.safereply.store.testing;

import com.safereply.app.Triager;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Completeness;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.model.Reply;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.model.StarRating;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A predictable {@link Triager} for storage tests, which must not depend on what the real classifier decides: any text
 * containing "URGENT" is an emergency, everything else feedback; the draft names the practice. Counts its calls.
 */
public final class StubTriager implements Triager {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile StarRating lastRating;

    @Override
    public Triage triage(Comment comment, PracticeProfile profile) {
        calls.incrementAndGet();
        lastRating = comment.rating();
        boolean urgent = comment.text().contains("URGENT");
        Classification classification = new Classification(
                urgent ? Category.EMERGENCY : Category.FEEDBACK, urgent ? 0.95 : 0.6,
                urgent ? List.of("emergency: stub") : List.of("stub"),
                urgent, false, false, false, false, false, Language.EN, Jurisdiction.US);
        Reply reply = new Reply("Thank you for reaching out to " + profile.name() + ".", ReplyAction.REPLY, "stub-template");
        GuardResult check = GuardResult.ofVetted(List.of(), new Completeness(1.0, List.of(), List.of()));
        return new Triage(comment.id(), classification, reply, check);
    }

    /** The star rating the last comment triaged carried (null when it had none). */
    public StarRating lastRating() {
        return lastRating;
    }

    public int calls() {
        return calls.get();
    }
}
