package com.safereply.core.classify;

import java.util.Set;

/**
 * Whether a comment is about a particular person (the writer or someone they name) rather than a general topic.
 * "Does the HPV vaccine have an age limit?" discloses nothing about anyone; "my daughter had the HPV vaccine" does.
 * Also finds relatives introduced with an adjective ("my teenage daughter", "mi hija mayor").
 */
final class PersonalReference {

    private static final Set<String> PERSONAL = Set.of(
            "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "we", "we're", "we've",
            "our", "ours", "us", "he", "he's", "she", "she's", "his", "her", "him", "hers", "himself", "herself",
            "yo", "mi", "mis", "tengo", "estoy", "tuve", "nosotros", "nuestro", "nuestra", "nuestros", "el", "ella");

    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their", "mi", "mis", "nuestro",
            "nuestra", "su", "sus");

    private static final Set<String> RELATIONS = Set.of(
            "son", "daughter", "child", "children", "kid", "kids", "baby", "toddler", "teen", "teenager", "boy", "girl",
            "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "mom", "mum", "mother",
            "dad", "father", "parents", "grandma", "grandmother", "nan", "nana", "granny", "grandpa", "grandfather",
            "grandad", "granddad", "grandson", "granddaughter", "brother", "sister", "aunt", "uncle", "cousin",
            "niece", "nephew", "friend", "flatmate", "roommate", "neighbor", "neighbour", "stepson", "stepdaughter",
            "hijo", "hija", "hijos", "hijas", "nino", "nina", "bebe", "esposo", "esposa", "marido", "mujer", "pareja",
            "novio", "novia", "mama", "madre", "papa", "padre", "padres", "abuela", "abuelo", "hermano", "hermana",
            "tia", "tio", "primo", "prima", "amigo", "amiga", "suegra", "suegro");

    private PersonalReference() {
    }

    static boolean aboutSomeone(String[] tokens) {
        for (String t : tokens) {
            if (PERSONAL.contains(t)) {
                return true;
            }
        }
        return mentionsRelative(tokens);
    }

    /** A possessive followed, within two words, by a relation noun. */
    static boolean mentionsRelative(String[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (POSSESSIVES.contains(tokens[i])) {
                for (int j = i + 1; j <= i + 2 && j < tokens.length; j++) {
                    if (RELATIONS.contains(tokens[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
