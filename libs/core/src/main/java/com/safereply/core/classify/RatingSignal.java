package com.safereply.core.classify;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.StarRating;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighs a review's star rating into what the text said (issue 17). The text is read first, by the rules and the
 * model; the rating then decides only where the text did not:
 * <ul>
 *   <li><b>Risk and PHI are never touched:</b> emergency, crisis, ingestion, obstetric, PHI and third-party flags
 *       stay exactly as the text set them, whatever the rating (a 5-star review that mentions chest pain is still an
 *       emergency, a 1-star one still gets the emergency reply).</li>
 *   <li><b>1-2 stars</b> and a text that gave no confident category (low confidence, including a rating with no text
 *       at all): a <b>complaint</b>. The reviewer said they are unhappy; the complaint reply (sorry, please call us)
 *       fits that better than the holding reply.</li>
 *   <li><b>1-2 stars</b> and a text that reads as praise: the category stays feedback (the text is explicit), but no
 *       thank-you is drafted: low confidence, so the drafter writes the neutral holding reply and the approver looks.
 *       Thanking a one-star reviewer reads as not having listened.</li>
 *   <li><b>4-5 stars</b> and a text that gave no confident category, leaning feedback or empty, with no complaint
 *       or abuse cue from the rules: <b>feedback</b> (the thank-you). A low-confidence text that leans anything else
 *       (a question, a complaint) keeps the holding reply: a thank-you would not answer it.</li>
 *   <li><b>3 stars</b> and every explicit category otherwise: unchanged. The text wins wherever it is explicit.</li>
 * </ul>
 * The rating is always added to the signals ({@code rating: 2/5}), so approvers see what it contributed.
 */
public final class RatingSignal {

    /**
     * How sure a category decided by the rating is. Above the model's default low-confidence threshold (0.5) because
     * the reviewer stated it; well below what explicit text earns, so approvers can tell the two apart.
     */
    static final double RATING_CONFIDENCE = 0.6;

    public Classification weigh(Classification text, Comment comment) {
        StarRating rating = comment.rating();
        if (rating == null) {
            return text;
        }
        String ratingSignal = "rating: " + rating.label();
        if (text.urgent()) {
            return withSignals(text, text.category(), text.confidence(), text.lowConfidence(),
                    appended(text.signals(), ratingSignal));
        }
        if (rating.low() && text.lowConfidence()) {
            return withSignals(text, Category.COMPLAINT, Math.max(RATING_CONFIDENCE, text.confidence()), false,
                    appended(withoutLowConfidence(text.signals()), "complaint: " + rating.label() + " rating"));
        }
        if (rating.low() && text.category() == Category.FEEDBACK) {
            List<String> signals = new ArrayList<>();
            signals.add(Classification.LOW_CONFIDENCE_SIGNAL);
            signals.addAll(withoutLowConfidence(text.signals()));
            signals.add(ratingSignal + " against praise");
            return withSignals(text, text.category(), text.confidence(), true, signals);
        }
        if (rating.high() && text.lowConfidence() && leansFeedback(text, comment) && !negativeCue(text)) {
            return withSignals(text, Category.FEEDBACK, Math.max(RATING_CONFIDENCE, text.confidence()), false,
                    appended(withoutLowConfidence(text.signals()), "feedback: " + rating.label() + " rating"));
        }
        return withSignals(text, text.category(), text.confidence(), text.lowConfidence(),
                appended(text.signals(), ratingSignal));
    }

    private static boolean leansFeedback(Classification text, Comment comment) {
        return text.category() == Category.FEEDBACK || comment.text().isBlank();
    }

    /** The rules' complaint and abuse cues are named {@code complaint: …} and {@code abuse: …}. */
    private static boolean negativeCue(Classification text) {
        return text.signals().stream().anyMatch(s -> s.startsWith("complaint") || s.startsWith("abuse"));
    }

    private static List<String> withoutLowConfidence(List<String> signals) {
        return signals.stream().filter(s -> !s.equals(Classification.LOW_CONFIDENCE_SIGNAL)).toList();
    }

    private static List<String> appended(List<String> signals, String signal) {
        List<String> all = new ArrayList<>(signals);
        all.add(signal);
        return all;
    }

    /** Only category, confidence, low confidence and signals may change: every flag is copied as the text set it. */
    private static Classification withSignals(Classification c, Category category, double confidence, boolean low,
                                              List<String> signals) {
        return new Classification(category, confidence, signals, c.emergency(), c.crisis(), c.ingestion(),
                c.obstetric(), c.containsPhi(), c.thirdParty(), c.language(), c.jurisdiction(), low);
    }
}
