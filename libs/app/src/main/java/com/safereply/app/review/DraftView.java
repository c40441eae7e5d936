package com.safereply.app.review;

import com.safereply.app.draft.DraftRecord;
import com.safereply.core.model.GuardResult;

/**
 * What an approver sees when opening a draft: the stored draft (comment, triage, current text, history) and the
 * guard's fresh verdict on the current text, with spans, so the approver sees exactly what would block approval.
 */
public record DraftView(DraftRecord draft, GuardResult guard) {
}
