package com.safereply.core.model;

/** The hard rules H1–H12 of the safe-reply specification, with their machine-readable labels. */
public enum HardRule {
    H1("confirms_relationship"),
    H2("denies_relationship"),
    H3("discloses_identifier"),
    H4("discloses_clinical"),
    H5("discloses_financial"),
    H6("echoes_phi"),
    H7("third_party_phi"),
    H8("medical_advice"),
    H9("defensive_tone"),
    H10("solicits_phi"),
    H11("practice_initiated_contact"),
    H12A("emergency_not_redirected"),
    H12B("crisis_not_redirected"),
    H12C("wrong_emergency_resource");

    private final String label;

    HardRule(String label) {
        this.label = label;
    }

    /** The exact label from the specification, e.g. {@code confirms_relationship}. */
    public String label() {
        return label;
    }

    /** The rule id as the spec writes it, e.g. {@code H12a}. */
    public String id() {
        String n = name();
        return n.startsWith("H12") ? "H12" + Character.toLowerCase(n.charAt(3)) : n;
    }

    public static HardRule fromLabel(String label) {
        for (HardRule r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule label: " + label);
    }
}
