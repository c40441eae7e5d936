package com.safereply.core.guard;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Completeness;
import com.safereply.core.model.CompletenessItem;
import com.safereply.core.model.Language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.safereply.core.model.CompletenessItem.Q1;
import static com.safereply.core.model.CompletenessItem.Q2;
import static com.safereply.core.model.CompletenessItem.Q3;
import static com.safereply.core.model.CompletenessItem.Q4;
import static com.safereply.core.model.CompletenessItem.Q5;
import static com.safereply.core.model.CompletenessItem.Q6;

/**
 * The §6 soft rubric: which of Q1–Q6 apply to the comment's category and which the draft meets. Never changes
 * {@code safe}. Without a comment only brevity (Q4) and language (Q5, against the practice's languages) are judged.
 */
final class CompletenessScorer {

    static final int MAX_WORDS = 80;

    private static final String[] ACKNOWLEDGEMENT = {"thank", "sorry", "apolog", "appreciate", "gracias", "agradecemos",
            "lamentamos", "sentimos", "disculp"};
    /** Substrings without which {@link #PRIVACY_STATEMENT} cannot match. */
    private static final String[] PRIVACY_CLUES = {"privacy", "hipaa", "confidential", "confirm", "individual", "anyone",
            "privacidad", "confidencialidad"};
    private static final Pattern PRIVACY_STATEMENT = Pattern.compile(
            "\\b(?:privacy (?:laws?|rules|reasons|regulations)|hipaa|confidentiality|confirm (?:or|nor) deny"
                    + "|can'?t (?:confirm|discuss) (?:whether|any|an individual|anyone)|cannot (?:confirm|discuss) (?:whether|any)"
                    + "|(?:any|an) individual'?s? (?:situation|care|circumstances)|individual circumstances|anyone'?s care"
                    + "|razones de privacidad|privacidad|confidencialidad)\\b");
    private static final Pattern CATEGORY_HANDLING = Pattern.compile(
            "\\b(?:respectful|respect|abusive|abuse|harass|threat|community (?:guidelines|standards)|not acceptable"
                    + "|unacceptable|hidden|removed|won'?t tolerate|do not tolerate|don'?t tolerate|zero tolerance"
                    + "|off-?topic|spam|respetuos)");

    private static final Set<Category> NEEDS_Q1 = EnumSet.of(Category.COMPLAINT, Category.CLINICAL_QUESTION, Category.FEEDBACK);
    private static final Set<Category> NEEDS_Q2_Q3 =
            EnumSet.of(Category.COMPLAINT, Category.CLINICAL_QUESTION, Category.APPOINTMENT_ADMIN);
    private static final Set<Category> NEEDS_Q6 = EnumSet.of(Category.SPAM, Category.ABUSE);

    Completeness score(GuardContext context, Classification classification) {
        AnalysedText draft = context.draft;
        List<CompletenessItem> met = new ArrayList<>();
        List<CompletenessItem> missing = new ArrayList<>();
        Category category = classification == null ? null : classification.category();
        if (category != null) {
            if (NEEDS_Q1.contains(category)) {
                judge(Q1, containsAny(draft.folded, ACKNOWLEDGEMENT), met, missing);
            }
            boolean aboutIndividual = category != Category.APPOINTMENT_ADMIN
                    || classification.containsPhi() || classification.thirdParty();
            if (NEEDS_Q2_Q3.contains(category) && aboutIndividual) {
                judge(Q2, containsAny(draft.folded, PRIVACY_CLUES) && PRIVACY_STATEMENT.matcher(draft.folded).find(),
                        met, missing);
            }
            if (NEEDS_Q2_Q3.contains(category)) {
                judge(Q3, hasPublishedNumber(context), met, missing);
            }
        }
        judge(Q4, draft.wordCount() <= MAX_WORDS, met, missing);
        judge(Q5, languageMatches(context, classification), met, missing);
        if (category != null && NEEDS_Q6.contains(category)) {
            judge(Q6, draft.isEmpty() || draft.sentenceCount() == 0 || CATEGORY_HANDLING.matcher(draft.folded).find(),
                    met, missing);
        }
        int applicable = met.size() + missing.size();
        double score = applicable == 0 ? 1.0 : (double) met.size() / applicable;
        return new Completeness(score, met, missing);
    }

    private static void judge(CompletenessItem item, boolean ok, List<CompletenessItem> met, List<CompletenessItem> missing) {
        (ok ? met : missing).add(item);
    }

    private static boolean containsAny(String text, String[] clues) {
        for (String clue : clues) {
            if (text.contains(clue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPublishedNumber(GuardContext context) {
        for (PhoneNumbers.Found phone : context.phoneNumbers()) {
            if (context.phones.isPublished(phone.digits())) {
                return true;
            }
        }
        return false;
    }

    /** An empty or language-less draft (only numbers or emoji) does not mismatch. */
    private static boolean languageMatches(GuardContext context, Classification classification) {
        Optional<Language> draftLanguage = LanguageGuess.of(context.draft);
        if (draftLanguage.isEmpty()) {
            return true;
        }
        if (classification != null && classification.language() != null) {
            return context.profile.replyLanguage(classification.language()) == draftLanguage.get();
        }
        return context.profile.languages().contains(draftLanguage.get());
    }
}
