package com.safereply.core.guard;

import java.util.List;
import java.util.Set;

/** What counts as a person's name in a text: a capitalised word that is not a common sentence word (§3 H3 "Names"). */
final class Names {

    /** Capitalised words that are not names: pronouns, greetings, days, months, places, payers, acronyms, common openers. */
    private static final Set<String> NOT_NAMES = Words.of(
            "i", "i'm", "i've", "i'd", "i'll", "im", "the", "this", "that", "these", "those", "my", "we", "we're",
            "we've", "they", "he", "she", "it", "it's", "you", "your", "our", "dr", "mr", "mrs", "ms", "mx", "sr", "sra",
            "dra", "srta", "doctor", "doctora", "prof",
            "ok", "okay", "thanks", "thank", "hi", "hello", "hey", "dear", "please", "great", "terrible", "worst", "best",
            "never", "so", "and", "but", "also", "just", "very", "highly", "do", "don't", "not", "no", "yes", "what",
            "why", "how", "when", "where", "who", "a", "an", "in", "on", "at", "for", "of", "to", "with", "as", "is",
            "was", "be", "if", "after", "before", "then", "now", "today", "yesterday", "tomorrow", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
            "fridays", "saturdays", "sundays", "coach", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "er", "icu", "hipaa", "covid", "god", "omg", "lol", "usa", "us", "uk", "nhs", "a&e",
            "gp", "ama", "cdc", "hhs", "ocr", "ico", "dpo", "md", "dds", "rn", "np", "pa", "english", "spanish",
            "español", "espanol", "hola", "gracias", "buenos", "buenas", "por", "favor", "el", "la", "los", "las", "mi",
            "su", "usted", "privacy", "officer", "office", "manager", "practice", "clinic", "team", "staff", "nurse",
            "doctor", "dentist", "hospital", "center", "centre", "health", "dental", "medical", "family", "care",
            "emergency", "room", "poison", "control", "lifeline", "crisis", "suicide", "samaritans", "civil", "rights",
            "everyone", "all", "there", "folks", "friends", "team's", "anyone", "someone", "everybody", "guys", "sir",
            "madam", "ma'am", "customer", "patient", "reviewer", "google", "yelp", "facebook", "instagram", "tiktok",
            "twitter", "x", "update", "edit", "ps", "btw", "fyi", "asap", "wow", "ugh", "sadly", "unfortunately",
            "honestly", "seriously", "absolutely", "definitely", "amazing", "awesome", "excellent", "horrible",
            "awful", "rude", "love", "loved", "wonderful", "fantastic", "good", "bad", "poor", "avoid", "beware",
            "stay", "go", "went", "had", "have", "has", "called", "came", "took", "got", "waited", "left", "can",
            "can't", "could", "would", "should", "will", "won't", "did", "didn't", "does", "doesn't", "is", "are",
            "were", "been", "being", "am", "pm", "there's", "here", "here's", "one", "two", "three", "first", "last",
            "next", "again", "still", "even", "only", "really", "much", "many", "more", "most", "some", "any", "every",
            "each", "other", "another", "such", "same", "new", "old", "well", "sorry", "help", "is", "any", "nuestro",
            "nuestra", "llame", "llámenos", "llamenos", "lamentamos", "sentimos", "si", "no", "que", "de", "del",
            "we'd", "we'll", "let", "let's", "call", "contact", "visit", "ask", "feel", "free", "if", "as", "because",
            "due", "sincerely", "regards", "best", "warmly", "cheers", "kind", "kindly", "warm",
            // the offices a reply may name (§ rulings: Data Protection Officer, Information Commissioner's Office,
            // Office for Civil Rights, Patient Advice and Liaison Service)
            "data", "protection", "information", "commissioner", "commissioner's", "department", "human", "services",
            "complaints", "advice", "liaison", "ombudsman", "board", "quality", "commission", "council", "state",
            "general", "experience", "relations", "billing", "reception", "front", "desk",
            // Spanish words that open a reply's sentence
            "atendemos", "aceptamos", "ofrecemos", "tenemos", "estamos", "trabajamos", "recibimos", "agradecemos",
            "puede", "pueden", "para", "con", "en", "nos", "le", "les", "lo", "una", "un", "es", "esta", "este",
            "estimado", "estimada", "saludos", "atentamente", "equipo", "oficina", "clinica", "clínica",
            // payers and programmes a reply may say it accepts in general (§6), not people; those that are also
            // surnames or first names (Molina, Kaiser, Chip) stay names, because a missed name is the worse error
            "medicaid", "medicare", "tricare", "aetna", "cigna", "humana", "anthem", "metlife", "bupa", "obamacare",
            "ambetter", "wellcare", "caresource", "optum", "imss", "issste", "sanitas", "adeslas", "asisa", "dkv", "mapfre",
            // seasonal greetings a reply returns ("Nadolig Llawen to you too"), not people
            "merry", "christmas", "happy", "year", "easter", "feliz", "navidad", "felices", "fiestas", "nadolig", "llawen",
            "blwyddyn", "newydd", "dda", "diolch", "croeso", "nollaig", "shona", "eid", "mubarak", "diwali", "hanukkah",
            "halloween", "thanksgiving", "navidades", "pascua", "ramadan",
            // places whose rules a reply may cite (a state's school vaccines); places that are also people's names
            // (Georgia, Virginia, Arizona, Alaska, Nevada, Florida, London, Washington, America, Wales) stay names
            "alabama", "arkansas", "california", "colorado", "connecticut", "delaware",
            "hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
            "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "nebraska", "ohio",
            "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming",
            "scotland", "britain", "mexico", "méxico", "españa", "espana", "spain");

    private Names() {
    }

    /** Words of a handle that are not names: what accounts are called after besides people. */
    private static final Set<String> HANDLE_WORDS = Words.of("real", "official", "news", "dental", "dentist", "clinic",
            "health", "care", "medical", "mom", "dad", "mum", "team", "page", "fan", "fans", "life", "love", "girl", "boy",
            "guy", "lady", "the", "its", "not", "nyc", "ldn", "usa", "talk", "reviews", "review", "family", "city", "local",
            "mama", "papa", "tio", "tia", "vecina", "vecino", "vecinos", "noticias", "primo", "prima", "oficial");

    /**
     * The first names a handle gives away ("@marisol_d", "@kevin_p05", "@realtalk_rob"): its letter runs of three or
     * more that are not common words. A reply that thanks "Marisol" names the person behind the handle (H6).
     */
    static Set<String> inHandle(String handle) {
        Set<String> names = new java.util.HashSet<>();
        for (String part : handle.split("[^a-z]+")) {
            if (part.length() >= 3 && !NOT_NAMES.contains(part) && !HANDLE_WORDS.contains(part)) {
                names.add(part);
            }
        }
        return names;
    }

    /** Every letter upper-case ("ICU", "NHS"): an acronym, not a name. */
    private static boolean allCaps(String original) {
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that make a capitalised run the name of a programme, an organisation, an event or a product, not of a
     * person: "Armed Forces Covenant", "VA Community Care", "NHS App", "Op COURAGE", "Stand Down" (round 27). A person is
     * never called by one of these, so the whole run is not a name.
     */
    private static final Set<String> THING_WORDS = Words.of(
            "app", "apps", "program", "programme", "programs", "programmes", "registry", "covenant", "forces", "force",
            "army", "navy", "corps", "infantry", "regiment", "battalion", "marines", "guard", "legion", "community",
            "care", "services", "service", "association", "foundation", "fund", "society", "trust", "alliance",
            "coalition", "network", "initiative", "campaign", "scheme", "act", "law", "day", "week", "month", "drive",
            "fair", "festival", "parade", "rally", "walk", "run", "marathon", "tournament", "league", "cup", "event",
            "centre", "center", "centers", "centres", "clinic", "clinics", "hospital", "hub", "line", "portal",
            "website", "op", "operation", "agent", "orange", "stand", "down", "registry's", "benefits", "plan",
            "card", "pass", "login", "online", "store", "pharmacy", "university", "college", "school", "church",
            "department", "administration", "agency", "council", "committee", "board", "bank", "club", "team",
            "tots", "toys", "vets", "veterans", "affairs", "veteran", "programa", "fundacion", "asociacion", "dia",
            "feria", "campana", "centro", "red", "ley", "tarjeta", "iglesia", "escuela", "universidad");

    /** Whether a capitalised run of words ("Armed Forces Covenant") names a thing rather than a person. */
    static boolean namesAThing(List<String> foldedRun) {
        for (String word : foldedRun) {
            if (THING_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token as written looks like a name: capitalised word of letters, not a common word. */
    static boolean looksLikeName(String original, String folded) {
        if (original.length() < 2 || !Character.isUpperCase(original.charAt(0))) {
            return false;
        }
        for (int i = 1; i < original.length(); i++) {
            char c = original.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                return false;
            }
        }
        return !allCaps(original) && !acronymPlural(original) && !endsInCapitals(original) && !NOT_NAMES.contains(folded);
    }

    /**
     * A mixed-case acronym ending in two capitals ("PrEP", "NaPTAN"): a programme or a drug, not a name (round
     * 35). Names with an inner capital end in lower case ("McDonald", "LaToya", "DeShawn").
     */
    private static boolean endsInCapitals(String original) {
        int last = original.length() - 1;
        return original.length() >= 3 && Character.isUpperCase(original.charAt(last))
                && Character.isUpperCase(original.charAt(last - 1));
    }

    /** An acronym in the plural ("GPs", "FAQs"): not a name (round 31). */
    private static boolean acronymPlural(String original) {
        int last = original.length() - 1;
        return original.length() >= 3 && original.charAt(last) == 's' && allCaps(original.substring(0, last));
    }
}
