package com.safereply.app.draft;

import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Reply;
import com.safereply.core.model.ReplyAction;

import java.util.List;
import java.util.Objects;

/**
 * The current draft: its text, the recommended action and the guard's verdict on that exact text. Stored together so
 * nothing can show (or approve) a text with another text's verdict.
 *
 * @param templateId      the vetted template that produced the text, or null for a human edit
 * @param violationLabels the hard-rule labels that fired (empty iff {@code safe})
 * @param completeness    the soft completeness score 0..1
 */
public record DraftContent(String text, ReplyAction action, String templateId, boolean safe,
                           List<String> violationLabels, double completeness) {

    public DraftContent {
        text = text == null ? "" : text;
        Objects.requireNonNull(action, "action");
        violationLabels = violationLabels == null ? List.of() : List.copyOf(violationLabels);
        if (safe != violationLabels.isEmpty()) {
            throw new IllegalArgumentException("safe must equal 'no violation labels'");
        }
    }

    public static DraftContent of(Reply reply, GuardResult check) {
        return new DraftContent(reply.text(), reply.action(), reply.templateId(), !check.unsafe(),
                List.copyOf(check.labels()), check.completeness() == null ? 0 : check.completeness().score());
    }

    /** A human edit of the text, with the guard's verdict on the new text; the action stays what it was. */
    public DraftContent withEditedText(String newText, GuardResult check) {
        return new DraftContent(newText, action, null, !check.unsafe(), List.copyOf(check.labels()),
                check.completeness() == null ? 0 : check.completeness().score());
    }

    @Override
    public String toString() {
        return "DraftContent[action=" + action.label() + " chars=" + text.length() + " safe=" + safe
                + " violations=" + violationLabels + "]";
    }
}
