package com.safereply.core.guard;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in text and how they compare with the profile's published numbers (§3 H3 "Numbers"): digits only,
 * tolerant of spacing, brackets and the +1 / +44 prefixes.
 */
final class PhoneNumbers {

    /** Digit runs with phone separators; at least 6 digits so "116 123" counts, bounded so it cannot backtrack far. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/$#£€.,])\\+?\\(?\\d[\\d ().-]{4,18}\\d(?![\\w/%])");

    /** Emergency and crisis lines, by jurisdiction, as normalised digits. */
    static final Set<String> US_EMERGENCY = Set.of("911", "988", "8002221222");
    static final Set<String> UK_EMERGENCY = Set.of("999", "111", "116123", "112");

    /** A phone-like number in text: char span and normalised digits. */
    record Found(int start, int end, String digits) {
    }

    private final List<String> published;

    PhoneNumbers(PracticeProfile profile) {
        List<String> digits = new ArrayList<>();
        for (PublishedPhone phone : profile.publishedPhones()) {
            String d = normalise(phone.digits());
            if (!d.isEmpty()) {
                digits.add(d);
            }
        }
        this.published = List.copyOf(digits);
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && !Character.isDigit(text.charAt(end - 1))) {
                end--;
            }
            String digits = normalise(text.substring(m.start(), end).replaceAll("\\D", ""));
            if (digits.length() >= 6 && digits.length() <= 15) {
                found.add(new Found(m.start(), end, digits));
            }
        }
        return found;
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
