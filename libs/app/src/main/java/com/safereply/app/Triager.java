package com.safereply.app;

import com.safereply.core.TriageEngine;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

/**
 * Classifies a comment, drafts a reply and checks it. A seam so the ingest use case can be tested without depending
 * on what the real classifier decides; production uses {@link #of(TriageEngine)}.
 */
@FunctionalInterface
public interface Triager {

    Triage triage(Comment comment, PracticeProfile profile);

    static Triager of(TriageEngine engine) {
        return engine::triage;
    }
}
