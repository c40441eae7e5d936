package com.safereply.core.draft;

import com.safereply.core.model.Classification;
import com.safereply.core.model.Reply;
import com.safereply.core.profile.PracticeProfile;

/** Drafts a reply from vetted templates filled only from the practice profile, never from the comment. */
public final class ReplyDrafter {

    public Reply draft(String commentId, Classification classification, PracticeProfile profile) {
        throw new UnsupportedOperationException("TODO");
    }
}
