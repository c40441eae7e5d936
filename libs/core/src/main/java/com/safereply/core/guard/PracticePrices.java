package com.safereply.core.guard;

import java.util.regex.Pattern;

/**
 * The practice's own published price, "our posted $75 self-pay price": a price for everyone (§6 allows general
 * billing), not anybody's bill, even when the comment quoted the same figure (round 25).
 */
final class PracticePrices {

    private static final Pattern OUR_PRICE_BEFORE =
            Pattern.compile("\\bour (?:posted |published |listed |advertised |standard )?[$£€]?\\s?$");
    private static final Pattern PRICE_AFTER =
            Pattern.compile("^(?:[.,]\\d\\d)?\\s?(?:self-pay |cash |flat |standard )?(?:price|rate|fee)\\b");

    private PracticePrices() {
    }

    /** Whether the amount at {@code [start, end)} of the folded draft is named as the practice's own price. */
    static boolean isOwnPrice(String folded, int start, int end) {
        String before = folded.substring(Math.max(0, start - 40), start);
        String after = folded.substring(end, Math.min(folded.length(), end + 30));
        return OUR_PRICE_BEFORE.matcher(before).find() && PRICE_AFTER.matcher(after).find();
    }
}
