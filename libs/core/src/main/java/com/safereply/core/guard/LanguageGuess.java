package com.safereply.core.guard;

import com.safereply.core.model.Language;

import java.util.Optional;
import java.util.Set;

/** Guesses whether a draft is English or Spanish from function words: enough to score Q5, not a general detector. */
final class LanguageGuess {

    private static final Set<String> SPANISH = Words.of("el", "la", "los", "las", "de", "del", "que", "por", "para", "su",
            "sus", "gracias", "usted", "nuestro", "nuestra", "llamenos", "llame", "no", "podemos", "con", "una", "un", "es",
            "en", "al", "lo", "le", "sentimos", "lamentamos", "privacidad", "comentario", "y", "o", "si", "este", "esta");
    private static final Set<String> ENGLISH = Words.of("the", "and", "you", "your", "we", "to", "of", "for", "please",
            "thank", "thanks", "our", "us", "is", "are", "can", "can't", "call", "a", "an", "with", "this", "it", "we're",
            "we'd", "if", "any", "or", "at", "be", "on");

    private LanguageGuess() {
    }

    static Optional<Language> of(AnalysedText text) {
        int es = 0;
        int en = 0;
        for (int t = 0; t < text.tokenCount(); t++) {
            String token = text.token(t);
            if (SPANISH.contains(token)) {
                es++;
            }
            if (ENGLISH.contains(token)) {
                en++;
            }
        }
        if (es == 0 && en == 0) {
            return Optional.empty();
        }
        return Optional.of(es > en ? Language.ES : Language.EN);
    }
}
