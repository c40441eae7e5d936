package com.safereply.core.guard;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phone numbers in text and how they compare with the profile's published numbers (§3 H3 "Numbers"): digits only,
 * tolerant of spacing, brackets and the +1 / +44 prefixes.
 */
final class PhoneNumbers {


    /** Emergency and crisis lines, by jurisdiction, as normalised digits. */
    static final Set<String> US_EMERGENCY = Words.of("911", "988", "8002221222", "741741"); // 741741: Crisis Text Line
    static final Set<String> UK_EMERGENCY = Words.of("999", "111", "116123", "112");

    /** A phone-like number in text: char span and normalised digits. */
    record Found(int start, int end, String digits) {
    }

    private final List<String> published;

    PhoneNumbers(PracticeProfile profile) {
        List<String> digits = new ArrayList<>();
        for (PublishedPhone phone : profile.publishedPhones()) {
            String d = normalise(digitsOf(phone.number()));
            if (!d.isEmpty()) {
                digits.add(d);
            }
        }
        this.published = List.copyOf(digits);
    }

    /**
     * Digit runs joined by phone separators (space, brackets, dot, hyphen), with at least 6 digits so "116 123" counts.
     * A hand-written scan rather than a regex: it runs on every draft and is linear by construction. A run touching a
     * letter, "/", "$" or "#" is not a phone number ("24/7", "$1200", "#12345" are handled elsewhere).
     */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>(2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '(')) {
                start--;
            }
            StringBuilder digits = new StringBuilder(16);
            int lastDigitEnd = i;
            while (i < n) {
                char d = text.charAt(i);
                if (isDigit(d)) {
                    digits.append(d);
                    lastDigitEnd = i + 1;
                } else if (!(d == ' ' || d == '(' || d == ')' || d == '.' || d == '-') || i + 1 >= n
                        || !continuesNumber(d, text.charAt(i + 1))) {
                    break;
                }
                i++;
            }
            boolean touchesWord = (start > 0 && isGlued(text.charAt(start - 1)))
                    || (lastDigitEnd < n && isGlued(text.charAt(lastDigitEnd)));
            String normal = normalise(digits.toString());
            if (!touchesWord && normal.length() >= 6 && normal.length() <= 15) {
                found.add(new Found(start, lastDigitEnd, normal));
            }
            i = Math.max(i, lastDigitEnd);
        }
        return found;
    }

    /**
     * Whether separator {@code d} followed by {@code next} stays inside one number: a digit may follow any separator,
     * "(" only a space ("+1 (212)") and a space only ")" ("(212) 555"). A full stop then a space ends it, so "call
     * 555 0199. 2 hours" or a numbered list after the number ("0199.\n2. Hours") is not one long number.
     */
    private static boolean continuesNumber(char d, char next) {
        return isDigit(next) || (next == '(' && d == ' ') || (next == ' ' && d == ')');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGlued(char c) {
        return Character.isLetter(c) || c == '/' || c == '$' || c == '#' || c == '%' || c == '£' || c == '€' || c == '_';
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Strips country prefixes: +44 20… → 020…, +1 555… → 555…. */
    static String normalise(String digits) {
        if (digits.startsWith("44") && digits.length() >= 11) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("1") && digits.length() == 11) {
            return digits.substring(1);
        }
        return digits;
    }

    boolean isPublished(String digits) {
        for (String p : published) {
            if (sameNumber(p, digits)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmergency(String digits, Jurisdiction jurisdiction) {
        return (jurisdiction == Jurisdiction.US ? US_EMERGENCY : UK_EMERGENCY).contains(digits);
    }

    static boolean isAnyEmergency(String digits) {
        return US_EMERGENCY.contains(digits) || UK_EMERGENCY.contains(digits);
    }

    /** Equal, or one ends with the other and the shorter has at least 7 digits (a local form of the same number). */
    static boolean sameNumber(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 7 && longer.endsWith(shorter);
    }
}
