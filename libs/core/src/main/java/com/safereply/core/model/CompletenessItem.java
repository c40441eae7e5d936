package com.safereply.core.model;

/** The soft completeness items Q1–Q6 of the spec. They score a draft; they never make it unsafe. */
public enum CompletenessItem {
    Q1("acknowledgement"),
    Q2("privacy_statement"),
    Q3("offline_channel"),
    Q4("brevity"),
    Q5("language_match"),
    Q6("category_handling");

    private final String label;

    CompletenessItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
