package com.safereply.core.model;

/**
 * One hard-rule violation found in a draft.
 *
 * @param rule   which rule fired
 * @param start  offset of the offending span in the draft (inclusive), or -1 when the violation is an omission
 *               (e.g. an emergency draft that never mentions 911)
 * @param end    offset of the end of the span (exclusive), or -1
 * @param span   the offending draft text (draft text only, never comment text), empty for omissions
 * @param reason a short explanation for the approver
 */
public record Violation(HardRule rule, int start, int end, String span, String reason) {

    public String label() {
        return rule.label();
    }

    public static Violation omission(HardRule rule, String reason) {
        return new Violation(rule, -1, -1, "", reason);
    }
}
