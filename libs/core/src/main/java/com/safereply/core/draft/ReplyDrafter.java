package com.safereply.core.draft;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Language;
import com.safereply.core.model.Reply;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.profile.PracticeProfile;

import java.util.List;

/**
 * Drafts a reply from vetted templates filled only from the practice profile, never from the comment: the comment
 * decides which template (through its classification), the profile decides what goes in it. Thread-safe.
 */
public final class ReplyDrafter {

    private final TemplateCatalog catalog = new TemplateCatalog();

    public Reply draft(String commentId, Classification classification, PracticeProfile profile) {
        ReplyKind kind = kindOf(classification);
        if (kind == ReplyKind.SPAM) {
            return new Reply("", ReplyAction.HIDE, "spam.hide");
        }
        List<ReplyTemplate> wordings = wordingsFor(kind, classification, profile);
        ReplyTemplate template = wordings.get(variantIndex(commentId, kind, wordings.size()));
        return render(template, kind, classification, profile);
    }

    /** Every wording that could be drafted for this classification, rendered: used to fall back and in tests. */
    public List<Reply> alternatives(Classification classification, PracticeProfile profile) {
        ReplyKind kind = kindOf(classification);
        if (kind == ReplyKind.SPAM) {
            return List.of(new Reply("", ReplyAction.HIDE, "spam.hide"));
        }
        return wordingsFor(kind, classification, profile).stream()
                .map(t -> render(t, kind, classification, profile))
                .toList();
    }

    private List<ReplyTemplate> wordingsFor(ReplyKind kind, Classification classification, PracticeProfile profile) {
        Language language = profile.replyLanguage(classification.language());
        return catalog.wordings(kind, language, profile.jurisdiction());
    }

    private Reply render(ReplyTemplate template, ReplyKind kind, Classification classification, PracticeProfile profile) {
        Language language = profile.replyLanguage(classification.language());
        String text = template.fill(profile)
                .replace("{hours}", profile.hours() == null ? "" : " (" + profile.hours() + ")")
                .replace("{extras}", emergencyExtras(classification, language, profile));
        ReplyAction action = kind == ReplyKind.ABUSE ? ReplyAction.BOUNDARY_STATEMENT : ReplyAction.REPLY;
        return new Reply(text, action, template.id());
    }

    private String emergencyExtras(Classification c, Language language, PracticeProfile profile) {
        StringBuilder extras = new StringBuilder();
        if (c.ingestion()) {
            extras.append(catalog.ingestionExtra(language, profile.jurisdiction()));
        }
        if (c.obstetric()) {
            extras.append(catalog.obstetricExtra(language, profile.jurisdiction()));
        }
        return extras.toString();
    }

    /** Risk first: a crisis or emergency flag overrides whatever else the comment looks like. */
    static ReplyKind kindOf(Classification c) {
        if (c.crisis() && c.emergency()) {
            return ReplyKind.EMERGENCY_AND_CRISIS;
        }
        if (c.crisis()) {
            return ReplyKind.CRISIS;
        }
        if (c.emergency() || c.category() == Category.EMERGENCY) {
            return ReplyKind.EMERGENCY;
        }
        // Unsure what it is: no thank-you that could answer a complaint, no hiding a comment that may not be spam.
        if (c.lowConfidence()) {
            return ReplyKind.HOLDING;
        }
        return switch (c.category()) {
            case COMPLAINT -> ReplyKind.COMPLAINT;
            // Questions about someone else's health get the third-party wording ("we can't discuss anyone's care").
            case CLINICAL_QUESTION -> c.thirdParty() ? ReplyKind.THIRD_PARTY_INQUIRY : ReplyKind.CLINICAL_QUESTION;
            case APPOINTMENT_ADMIN -> c.thirdParty() && c.containsPhi()
                    ? ReplyKind.THIRD_PARTY_INQUIRY : ReplyKind.APPOINTMENT_ADMIN;
            case FEEDBACK -> ReplyKind.FEEDBACK;
            case SPAM -> ReplyKind.SPAM;
            case ABUSE -> ReplyKind.ABUSE;
            case EMERGENCY -> ReplyKind.EMERGENCY;
        };
    }

    /**
     * The same comment always gets the same wording (retries and re-renders must not change the draft), while
     * different comments spread over the wordings. String.hashCode is specified by the JLS, so this is stable across
     * JVMs and releases.
     */
    static int variantIndex(String commentId, ReplyKind kind, int size) {
        int hash = (commentId + '|' + kind.name()).hashCode();
        hash ^= hash >>> 16;
        return Math.floorMod(hash, size);
    }
}
