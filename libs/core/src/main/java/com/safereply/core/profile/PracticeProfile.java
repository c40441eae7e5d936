package com.safereply.core.profile;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;

import java.util.List;
import java.util.Optional;

/**
 * The only source of facts a draft may contain: the practice's name, published phone numbers, jurisdiction,
 * languages and the names of staff who appear publicly; and the practice's phrasebook, the sentences its admins have
 * accepted as vetted for this practice. Build one with {@link PracticeProfileParser}, which validates.
 */
public record PracticeProfile(
        String practiceId,
        String name,
        Jurisdiction jurisdiction,
        List<Language> languages,
        List<PublishedPhone> publishedPhones,
        List<String> staffPublicNames,
        String hours,
        String website,
        List<String> phrasebook) {

    public PracticeProfile {
        languages = List.copyOf(languages);
        publishedPhones = List.copyOf(publishedPhones);
        staffPublicNames = staffPublicNames == null ? List.of() : List.copyOf(staffPublicNames);
        phrasebook = phrasebook == null ? List.of() : List.copyOf(phrasebook);
    }

    /** A profile with no phrasebook yet: only the drafter's own sentences are vetted. */
    public PracticeProfile(String practiceId, String name, Jurisdiction jurisdiction, List<Language> languages,
                           List<PublishedPhone> publishedPhones, List<String> staffPublicNames, String hours,
                           String website) {
        this(practiceId, name, jurisdiction, languages, publishedPhones, staffPublicNames, hours, website, List.of());
    }

    /** The same profile with {@code sentences} as its accepted phrasebook. */
    public PracticeProfile withPhrasebook(List<String> sentences) {
        return new PracticeProfile(practiceId, name, jurisdiction, languages, publishedPhones, staffPublicNames, hours,
                website, sentences);
    }

    /** The built-in demo practice used when no profile is given: US, published phone 555-0100. */
    public static PracticeProfile demo() {
        return new PracticeProfile(
                "demo-practice",
                "Sunrise Family Clinic",
                Jurisdiction.US,
                List.of(Language.EN, Language.ES),
                List.of(new PublishedPhone("555-0100", "main"), new PublishedPhone("555-0188", "privacy")),
                List.of("Maria"),
                "Mon-Fri 8am-5pm",
                "https://sunrise-clinic.example");
    }

    /** The main line: the first number with role "main", else the first number published. */
    public PublishedPhone mainPhone() {
        return phoneFor("main").orElse(publishedPhones.get(0));
    }

    /** The number published for a role, if any. */
    public Optional<PublishedPhone> phoneFor(String role) {
        return publishedPhones.stream().filter(p -> p.role().equals(role)).findFirst();
    }

    /** The language to answer in: the comment's language when the practice works in it, else its first language. */
    public Language replyLanguage(Language commentLanguage) {
        return languages.contains(commentLanguage) ? commentLanguage : languages.get(0);
    }
}
