package com.safereply.core.model;

/**
 * The guard's verdict. The guard denies by default: only vetted text is {@code SAFE}; text no rule objects to but no
 * one vetted is {@code REVIEW} (a second person must read it); text a rule objects to is {@code UNSAFE}.
 */
public enum Verdict {
    /** Every sentence is vetted (a drafter template with its profile slots, or the practice's phrasebook); no rule fired. */
    SAFE,
    /** No rule fired, but some sentence is free text, or the text hides or disguises characters. */
    REVIEW,
    /** At least one hard rule fired. */
    UNSAFE;

    /** The verdict as the API and CLI write it: {@code safe}, {@code review}, {@code unsafe}. */
    public String label() {
        return name().toLowerCase();
    }

    public static Verdict fromLabel(String label) {
        for (Verdict v : values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict: " + label);
    }
}
