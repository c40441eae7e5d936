package com.safereply.core.classify;

import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

/** Decides what a comment is: one primary category with confidence and signals, plus the risk and PHI flags. */
public final class CommentClassifier {

    public Classification classify(Comment comment, PracticeProfile profile) {
        throw new UnsupportedOperationException("TODO");
    }
}
