package com.safereply.core.guard;

import com.safereply.core.model.HardRule;
import com.safereply.core.model.Violation;

import java.util.ArrayList;
import java.util.List;

/** Collects violations for one draft; ignores a second report of the same rule over an overlapping span. */
final class Findings {

    private final AnalysedText draft;
    private final List<Violation> violations = new ArrayList<>();

    Findings(AnalysedText draft) {
        this.draft = draft;
    }

    /** Reports normalised offsets [start, end) as the span; the violation holds them mapped back to the text as written. */
    void span(HardRule rule, int normalisedStart, int normalisedEnd, String reason) {
        int start = draft.originalStart(normalisedStart);
        int end = Math.max(start, draft.originalEnd(normalisedEnd));
        for (Violation v : violations) {
            if (v.rule() == rule && v.start() < end && start < v.end()) {
                return;
            }
        }
        // The span is cut from the draft as the approver wrote it, invisible chars and look-alikes included.
        violations.add(new Violation(rule, start, end, draft.original.substring(start, end), reason));
    }

    /** Reports the whole sentence {@code s} (trimmed) as the span. */
    void sentence(HardRule rule, int s, String reason) {
        int start = draft.sentenceStart(s);
        int end = draft.sentenceEnd(s);
        while (start < end && Character.isWhitespace(draft.text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(draft.text.charAt(end - 1))) {
            end--;
        }
        span(rule, start, end, reason);
    }

    void omission(HardRule rule, String reason) {
        for (Violation v : violations) {
            if (v.rule() == rule) {
                return;
            }
        }
        violations.add(Violation.omission(rule, reason));
    }

    /** Whether {@code rule} already fired inside sentence {@code s}. */
    boolean firedInSentence(HardRule rule, int s) {
        int start = draft.originalStart(draft.sentenceStart(s));
        int end = draft.originalEnd(draft.sentenceEnd(s));
        for (Violation v : violations) {
            if (v.rule() == rule && v.start() >= start && v.start() < end) {
                return true;
            }
        }
        return false;
    }

    List<Violation> violations() {
        return violations;
    }
}
