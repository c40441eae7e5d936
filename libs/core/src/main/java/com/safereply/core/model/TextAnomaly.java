package com.safereply.core.model;

/**
 * Something in a reply that a reader would not see, or would read as other letters than the guard does: the guard
 * checks the text as a reader reads it, and a reply holding one of these is never {@code safe}. Offsets are into the
 * text as written, so the approver sees exactly where.
 *
 * @param kind  what was found
 * @param start offset of the first char (inclusive)
 * @param end   offset after the last char (exclusive)
 */
public record TextAnomaly(Kind kind, int start, int end) {

    public enum Kind {
        /** zero-width chars, soft hyphen, bidi controls and other format chars that render as nothing */
        INVISIBLE,
        /** a word mixing letters of two scripts, e.g. Latin with a Cyrillic "а" */
        MIXED_SCRIPT,
        /** a Cyrillic or Greek letter that looks like a Latin one */
        LOOKALIKE,
        /** full-width, mathematical, circled or other compatibility forms of letters and digits */
        COMPATIBILITY_FORM,
        /** combining marks other than the usual accents (strike-through, stacked marks) */
        COMBINING_MARK,
        /** digits standing for letters inside a word ("p4tient") */
        LEETSPEAK,
        /** a word written letter by letter ("p a t i e n t") */
        SPACED_LETTERS,
        /** a word broken by a hyphen and a line break */
        BROKEN_WORD;

        public String label() {
            return name().toLowerCase();
        }
    }
}
