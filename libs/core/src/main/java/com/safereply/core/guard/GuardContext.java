package com.safereply.core.guard;

import com.safereply.core.guard.Vocabulary.Hit;
import com.safereply.core.guard.Vocabulary.Kind;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.profile.PracticeProfile;

import java.util.List;
import java.util.Set;

/**
 * Everything the rules need about one check, computed once: the indexed draft, its vocabulary hits and per-sentence
 * cues, the comment's facts and risk, and the profile's allowlists.
 */
final class GuardContext {

    final AnalysedText draft;
    final List<Hit> hits;
    final CommentFacts comment;
    final PracticeProfile profile;
    final Jurisdiction jurisdiction;
    final PhoneNumbers phones;
    final boolean emergency;
    final boolean crisis;
    final boolean thirdPartyComment;
    /** The comment complains or abuses: a laughing emoji in reply mocks it. */
    final boolean complaint;
    /** Folded staff public names and words of the practice name: never a commenter's identifier. */
    final Set<String> allowedNames;
    /** Per sentence: bit set of {@link Kind}s present. */
    private final int[] sentenceKinds;
    /** Per sentence: opens with a conditional or general frame. */
    private final boolean[] generalFrame;
    private List<PhoneNumbers.Found> phoneNumbers;
    /** Per sentence: a vetted sentence ({@link VettedSentences}); set by the guard before any rule runs. */
    boolean[] vetted;

    GuardContext(AnalysedText draft, CommentFacts comment, ProfileFacts profileFacts, boolean emergency, boolean crisis,
                 boolean thirdPartyComment, boolean complaint) {
        this.draft = draft;
        this.comment = comment;
        this.profile = profileFacts.profile;
        this.jurisdiction = profile.jurisdiction();
        this.phones = profileFacts.phones;
        this.emergency = emergency;
        this.crisis = crisis;
        this.thirdPartyComment = thirdPartyComment;
        this.complaint = complaint;
        this.allowedNames = profileFacts.allowedNames;
        this.hits = Vocabulary.get().scan(draft);
        this.sentenceKinds = new int[draft.sentenceCount()];
        this.generalFrame = new boolean[draft.sentenceCount()];
        for (Hit hit : hits) {
            int s = draft.sentenceOfToken(hit.startToken());
            if (hit.is(Kind.GENERAL_FRAME) && hit.startToken() == draft.sentenceFirstToken(s)) {
                generalFrame[s] = true;
            }
            sentenceKinds[s] |= hit.kinds() & ~Kind.GENERAL_FRAME.bit;
        }
        markNamedPeople();
    }

    /** Phone-like numbers in the draft, found once for the identifier rule and the completeness score. */
    List<PhoneNumbers.Found> phoneNumbers() {
        if (phoneNumbers == null) {
            phoneNumbers = PhoneNumbers.find(draft.folded);
        }
        return phoneNumbers;
    }

    /** A comment name written in the draft makes its sentence about a person, like "you" does. */
    private void markNamedPeople() {
        if (comment.names.isEmpty()) {
            return;
        }
        for (int t = 0; t < draft.tokenCount(); t++) {
            if (isCommentName(t)) {
                sentenceKinds[draft.sentenceOfToken(t)] |= Kind.PERSON.bit;
            }
        }
    }

    /** Whether draft token {@code t} is, as written, a name the comment contains and not a staff or practice name. */
    boolean isCommentName(int t) {
        String token = draft.token(t);
        String bare = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
        return comment.names.contains(bare) && !allowedNames.contains(bare)
                && Character.isUpperCase(draft.originalToken(t).charAt(0));
    }

    boolean has(int sentence, Kind kind) {
        return (sentenceKinds[sentence] & kind.bit) != 0;
    }

    boolean general(int sentence) {
        return generalFrame[sentence] || has(sentence, Kind.DO_NOT_SHARE);
    }

    /**
     * Whether a health, care or money word in this sentence is about a person: a person or third party is named, or
     * the sentence wishes, sympathises or says the practice acted (§1 "attributed to a person"; §3 exception for
     * conditional and general frames).
     */
    boolean attributed(int sentence) {
        if (general(sentence)) {
            return false;
        }
        if (has(sentence, Kind.PERSON) || has(sentence, Kind.THIRD_PARTY)) {
            return true;
        }
        return !has(sentence, Kind.GENERAL_AUDIENCE)
                && (has(sentence, Kind.WELL_WISH) || has(sentence, Kind.EMPATHY) || has(sentence, Kind.PRACTICE_ACTION));
    }

    /** Addressed to everyone and to no one in particular. */
    boolean toEveryone(int sentence) {
        return has(sentence, Kind.GENERAL_AUDIENCE) && !has(sentence, Kind.PERSON) && !has(sentence, Kind.THIRD_PARTY);
    }
}
