package com.safereply.app.review;

import java.util.List;

import com.safereply.core.model.Violation;

/**
 * The guard found the text unsafe: an edit was refused, or an approval stopped. Nothing was written. The violations
 * carry spans of the draft text only (never comment text). The review API answers 422.
 */
public class UnsafeTextException extends RuntimeException {
    private final List<Violation> violations;

    public UnsafeTextException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
