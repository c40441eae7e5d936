package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Email addresses in folded text: exactly what {@code find()} with {@code [a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)}
 * returns, left to right, but in one linear pass. The regex retries its local part from every char of a run that does
 * not end in a valid address, which is quadratic on a long unbroken run ("xxxx…", "1111…") and took seconds on a
 * 20,000-char comment; every start inside a run reaches the same '@', so trying the run once gives the same matches.
 */
final class EmailAddresses {

    /** An address found: char span of the whole match and of its domain. */
    record Found(int start, int end, int domainStart) {
        String address(String text) {
            return text.substring(start, end);
        }

        String domain(String text) {
            return text.substring(domainStart, end);
        }
    }

    private EmailAddresses() {
    }

    static List<Found> find(String text) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        List<Found> found = new ArrayList<>(1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLocalChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLocalChar(text.charAt(i))) {
                i++;
            }
            if (i < n && text.charAt(i) == '@') {
                int end = domainEnd(text, i + 1);
                if (end > 0) {
                    found.add(new Found(start, end, i + 1));
                    i = end; // the next search starts where this match ended, as find() does
                }
            }
        }
        return found;
    }

    /** End of {@code [a-z0-9-]+(?:\.[a-z0-9-]+)+} at {@code from} (greedy), or -1 when it does not match there. */
    private static int domainEnd(String text, int from) {
        int i = label(text, from);
        if (i == from) {
            return -1;
        }
        int labels = 0;
        while (i < text.length() && text.charAt(i) == '.') {
            int next = label(text, i + 1);
            if (next == i + 1) {
                break;
            }
            i = next;
            labels++;
        }
        return labels > 0 ? i : -1;
    }

    private static int label(String text, int from) {
        int i = from;
        while (i < text.length() && isLabelChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isLocalChar(char c) {
        return isLabelChar(c) || c == '.' || c == '_' || c == '%' || c == '+';
    }
}
