package com.safereply.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guard's verdict on a draft. {@code safe} holds if and only if no hard rule fired;
 * completeness is reported separately and never changes {@code safe}.
 */
public record GuardResult(boolean safe, List<Violation> violations, Completeness completeness) {
    public GuardResult {
        violations = List.copyOf(violations);
        if (safe != violations.isEmpty()) {
            throw new IllegalArgumentException("safe must equal 'no violations'");
        }
    }

    public static GuardResult of(List<Violation> violations, Completeness completeness) {
        return new GuardResult(violations.isEmpty(), violations, completeness);
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
