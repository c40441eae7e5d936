package com.safereply.app;

import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

/** Classifies a comment, drafts a reply and checks it. Production wires {@code new TriageEngine()::triage}. */
@FunctionalInterface
public interface Triager {
    Triage triage(Comment comment, PracticeProfile profile);
}
