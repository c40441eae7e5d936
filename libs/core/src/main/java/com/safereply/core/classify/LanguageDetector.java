package com.safereply.core.classify;

import com.safereply.core.model.Language;

import java.util.Set;

/**
 * Tells Spanish from English by counting function words (articles, prepositions, pronouns, common verbs) that are
 * frequent in one language and rare in the other, plus Spanish-only characters (ñ, accented vowels, ¿ and ¡).
 * Function words survive typos, lower case and missing punctuation far better than content words do. Words shared
 * by both languages ("no", "me", "a", "hospital") are left out. Ties and texts without evidence default to English.
 */
final class LanguageDetector {

    private static final Set<String> SPANISH = Set.of(
            "el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "de", "que", "y", "en", "por", "para",
            "con", "sin", "es", "son", "esta", "estan", "estoy", "esto", "este", "eso", "ese", "muy", "pero", "mi",
            "mis", "su", "sus", "se", "lo", "le", "les", "nos", "tengo", "tiene", "tienen", "hace", "hay", "fue",
            "fui", "era", "como", "cuando", "donde", "porque", "pues", "tambien", "todo", "todos", "nada", "nunca",
            "siempre", "mas", "gracias", "hola", "buenos", "buenas", "dias", "bien", "mal", "ya", "yo", "usted",
            "ustedes", "ellos", "ella", "nosotros", "doctor", "doctora", "cita", "hijo", "hija", "favor", "quiero",
            "necesito", "puedo", "pueden", "alguien", "ayuda", "dolor", "seguro", "horas", "mucho", "mucha", "poco",
            "hoy", "ayer", "manana", "ahora", "despues", "antes", "aqui", "alli", "otra", "otro", "cual", "quien",
            "ser", "estar", "tener", "hacer", "desde", "hasta", "entre", "sobre", "tan", "tanto", "vez", "veces");

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "is", "are", "was", "were", "to", "of", "my", "i", "i'm", "im", "you", "your", "it", "it's",
            "this", "that", "with", "for", "have", "has", "had", "be", "been", "they", "their", "them", "we", "our",
            "he", "she", "his", "her", "what", "how", "why", "when", "where", "who", "will", "would", "should",
            "can", "could", "not", "don't", "dont", "didn't", "didnt", "very", "so", "but", "at", "on", "from",
            "just", "all", "there", "here", "about", "after", "before", "thank", "thanks", "great", "good", "bad",
            "doctor", "staff", "get", "got", "did", "do", "does", "if", "or", "an", "by", "out", "up", "me", "am");

    Language detect(TokenizedText text, String sanitized) {
        double spanish = 0;
        double english = 0;
        for (String token : text.tokens) {
            boolean es = SPANISH.contains(token);
            boolean en = ENGLISH.contains(token);
            if (es && !en) {
                spanish++;
            } else if (en && !es) {
                english++;
            }
        }
        spanish += 1.5 * spanishMarks(sanitized);
        return spanish > english ? Language.ES : Language.EN;
    }

    /** ñ, á é í ó ú and ¿ ¡: rare in English comments (names aside), capped so one name cannot decide. */
    private static int spanishMarks(String sanitized) {
        int marks = 0;
        int limit = Math.min(sanitized.length(), 2_000);
        for (int i = 0; i < limit && marks < 4; i++) {
            switch (sanitized.charAt(i)) {
                case 'ñ', 'Ñ', 'á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú', '¿', '¡' -> marks++;
                default -> {
                }
            }
        }
        return marks;
    }
}
