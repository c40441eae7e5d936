package com.safereply.app.draft;

import java.util.List;

/** An attempt to approve a draft whose current text the guard found unsafe: no path may reach APPROVED with it. */
public class UnsafeDraftException extends RuntimeException {
    private final List<String> violationLabels;

    public UnsafeDraftException(String draftId, List<String> violationLabels) {
        super("draft " + draftId + " is unsafe: " + violationLabels);
        this.violationLabels = List.copyOf(violationLabels);
    }

    public List<String> violationLabels() {
        return violationLabels;
    }
}
