package com.safereply.core.guard;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.Risk;
import com.safereply.core.classify.RiskDetector;
import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.TextSpan;
import com.safereply.core.profile.PracticeProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a draft against hard rules H1–H12 and scores completeness Q1–Q6, denying by default: unsafe when a rule fires;
 * safe only when every sentence is vetted ({@link VettedSentences}) and nothing is hidden or disguised
 * ({@link com.safereply.core.text.NormalisedText}); review otherwise. Rules run on the normalised text.
 * The same check runs on every system draft and on every human edit.
 *
 * <p>The rules follow §8 of the spec: the §3 phrase patterns, the overlap of names, dates, numbers and health, care and
 * money terms between comment and draft, and a rule-based semantic layer for implicit confirmations. Free text in which
 * no rule fired then meets a learned detector ({@link LearnedDraftCheck}), which may block it, never pass it.
 * Spans are offsets into the draft as given; they never contain comment text. Stateless and thread-safe.
 */
public final class SafetyGuard {

    /** Order matters only where a rule reads another's findings: H7 and the semantic layer read H1/H2 (seeds run first). */
    private static final List<Rule> RULES = List.of(
            new RelationshipRules(),
            new ImplicitConfirmationRules(),
            new HealthDetailRules(),
            new IdentifierRules(),
            new ThirdPartyRules(),
            new AdviceRules(),
            new ToneRules(),
            new ContactRules(),
            new EmergencyRules(),
            new ParaphraseRules());

    /** Every family's phrase patterns, run in one pass over the draft's tokens. */
    private static final SeedScanner SEEDS = new SeedScanner(RULES.stream().flatMap(r -> r.seeds().stream()).toList());

    private final CommentClassifier classifier;
    private final LearnedDraftCheck learned;
    private final RiskDetector riskDetector = new RiskDetector();
    private final CompletenessScorer completeness = new CompletenessScorer();
    private final ProfileFacts.Cache profiles = new ProfileFacts.Cache();

    public SafetyGuard(CommentClassifier classifier) {
        this(classifier, LearnedDraftCheck.shipped());
    }

    /** A guard whose learned check uses {@code model}: for the trainer's held-out rounds and for tests. */
    public SafetyGuard(CommentClassifier classifier, DraftModel model) {
        this(classifier, new LearnedDraftCheck(model));
    }

    private SafetyGuard(CommentClassifier classifier, LearnedDraftCheck learned) {
        this.classifier = classifier;
        this.learned = learned;
    }

    /** Checks a draft; {@code comment} is the comment it answers, or null when unknown. */
    public GuardResult check(String draft, String comment, PracticeProfile profile) {
        Classification context = comment == null ? null : classifier.classify(new Comment("", comment), profile);
        return check(draft, comment, context, profile);
    }

    /**
     * Checks a draft when the comment was already classified (the engine's hot path: classify once).
     *
     * @param draft                 the reply text; null is treated as empty (nothing would be posted)
     * @param comment               the comment answered, or null; only used to tell echoes from additions
     * @param commentClassification the comment's classification, or null: then emergency and crisis are detected here
     * @param profile               the practice; its published numbers, staff names and jurisdiction are the allowlists
     */
    public GuardResult check(String draft, String comment, Classification commentClassification, PracticeProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Risk risk = risk(comment, commentClassification);
        ProfileFacts facts = profiles.of(profile);
        GuardContext context = new GuardContext(
                AnalysedText.of(draft),
                CommentFacts.of(comment),
                facts,
                risk.emergency(),
                risk.crisis(),
                commentClassification != null && commentClassification.thirdParty(),
                commentClassification != null && (commentClassification.category() == Category.COMPLAINT
                        || commentClassification.category() == Category.ABUSE));
        context.vetted = facts.vetted.flags(context.draft);
        Findings findings = new Findings(context.draft);
        if (!context.draft.isEmpty() || risk.any()) {
            SEEDS.scan(context.draft, findings, facts.vetted.seedFree(context.draft, context.vetted));
            for (Rule rule : RULES) {
                rule.check(context, findings);
            }
            learned.check(context, findings);
        }
        return GuardResult.of(findings.violations(), context.draft.normalised.anomalies(),
                freeText(context.draft, context.vetted), completeness.score(context, commentClassification));
    }

    /** Whether any phrase pattern fires on the text on its own: such a sentence is never skipped by the seed scan. */
    static boolean anySeedFires(AnalysedText text) {
        Findings findings = new Findings(text);
        SEEDS.scan(text, findings, null);
        return !findings.violations().isEmpty();
    }

    /** Sentences that are not vetted, as spans into the draft as written: what a second person must read. */
    private static List<TextSpan> freeText(AnalysedText draft, boolean[] vetted) {
        List<TextSpan> free = null;
        for (int s = 0; s < draft.sentenceCount(); s++) {
            if (!vetted[s]) {
                if (free == null) {
                    free = new ArrayList<>();
                }
                free.add(new TextSpan(draft.originalStart(draft.sentenceStart(s)), draft.originalEnd(draft.sentenceEnd(s))));
            }
        }
        return free == null ? List.of() : free;
    }

    private Risk risk(String comment, Classification classification) {
        if (classification != null) {
            return new Risk(classification.emergency(), classification.crisis(), classification.ingestion(),
                    classification.obstetric(), List.of());
        }
        return comment == null ? Risk.NONE : riskDetector.detect(comment);
    }
}
