package com.safereply.core.guard;

import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.text.Texts;

import java.util.HashSet;
import java.util.Set;

/**
 * What the guard derives from a practice profile: published numbers and the names that are never a commenter's
 * identifier (staff public names, words of the practice name). Built once per profile, not once per draft.
 */
final class ProfileFacts {

    final PracticeProfile profile;
    final PhoneNumbers phones;
    /** Folded staff public names and words of the practice name. */
    final Set<String> allowedNames;
    /** The drafter's sentences with this profile's slots filled, and the practice's phrasebook: the vetted sentences. */
    final VettedSentences vetted;

    private ProfileFacts(PracticeProfile profile) {
        this.profile = profile;
        this.phones = new PhoneNumbers(profile);
        this.vetted = VettedSentences.of(profile);
        Set<String> names = new HashSet<>();
        for (String staff : profile.staffPublicNames()) {
            addWords(staff, names);
        }
        if (profile.name() != null) {
            addWords(profile.name(), names);
        }
        names.remove("");
        this.allowedNames = Words.copyOf(names);
    }

    private static void addWords(String text, Set<String> into) {
        for (String part : text.split("[^\\p{L}']+")) {
            into.add(Texts.fold(part));
        }
    }

    /**
     * A one-entry cache: a process serves one practice at a time in practice, and profiles are immutable records, so
     * identity is a safe and cheap key.
     */
    static final class Cache {
        private volatile ProfileFacts last;

        ProfileFacts of(PracticeProfile profile) {
            ProfileFacts cached = last;
            if (cached != null && cached.profile == profile) {
                return cached;
            }
            ProfileFacts fresh = new ProfileFacts(profile);
            last = fresh;
            return fresh;
        }
    }
}
