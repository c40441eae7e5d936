package com.safereply.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guard's verdict on a draft: {@link Verdict#UNSAFE} if and only if a hard rule fired (the violations say which and
 * where); otherwise {@link Verdict#SAFE} only when every sentence is vetted and nothing is hidden or disguised
 * ({@code anomalies}), else {@link Verdict#REVIEW}. Completeness is reported separately and never changes the verdict.
 *
 * @param freeText sentences that are not vetted, as spans into the draft as written
 */
public record GuardResult(Verdict verdict, List<Violation> violations, List<TextAnomaly> anomalies,
                          List<TextSpan> freeText, Completeness completeness) {

    public GuardResult {
        violations = List.copyOf(violations);
        anomalies = List.copyOf(anomalies);
        freeText = List.copyOf(freeText);
        if ((verdict == Verdict.UNSAFE) != !violations.isEmpty()) {
            throw new IllegalArgumentException("unsafe must equal 'some violation'");
        }
        if (verdict == Verdict.SAFE && (!anomalies.isEmpty() || !freeText.isEmpty())) {
            throw new IllegalArgumentException("safe text has no free text and nothing hidden");
        }
    }

    /** The verdict the facts give: any violation is unsafe; free text or anything hidden needs review. */
    public static GuardResult of(List<Violation> violations, List<TextAnomaly> anomalies, List<TextSpan> freeText,
                                 Completeness completeness) {
        Verdict verdict = !violations.isEmpty() ? Verdict.UNSAFE
                : anomalies.isEmpty() && freeText.isEmpty() ? Verdict.SAFE : Verdict.REVIEW;
        return new GuardResult(verdict, violations, anomalies, freeText, completeness);
    }

    /** A result for text known to be vetted (stubs, stored results): unsafe if a violation is given, else safe. */
    public static GuardResult ofVetted(List<Violation> violations, Completeness completeness) {
        return of(violations, List.of(), List.of(), completeness);
    }

    /** {@code verdict == SAFE}: vetted text, no rule fired. The CLI's {@code "safe"} field keeps this meaning. */
    public boolean safe() {
        return verdict == Verdict.SAFE;
    }

    /** A hard rule fired: can never be approved. */
    public boolean unsafe() {
        return verdict == Verdict.UNSAFE;
    }

    /** Distinct violated labels, in the order first found. */
    public Set<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        for (Violation v : violations) {
            labels.add(v.label());
        }
        return labels;
    }
}
