package com.safereply.core.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every word class the guard reasons with (the §3 clinical and financial lexicons, person references, frames and cue
 * words), matched in one pass over a text's tokens. Each phrase belongs to one or more {@link Kind}s; at each token the
 * longest phrase wins, so "thank you" is not a person reference and "glad to hear" is a well-wish while "glad to" is
 * only willingness.
 */
final class Vocabulary {

    /** Word classes. The spec section that motivates each is noted. */
    enum Kind {
        /** §3 H3–H6: conditions, symptoms, procedures, medications, tests, devices, body parts, mental health, reproductive, substance use. */
        CLINICAL,
        /** §3 H5: payment words. */
        FINANCIAL,
        /** §3 H5: insurer names. */
        INSURER,
        /** §1 "attributed to a person": you/your, this reviewer, the patient, his/her. */
        PERSON,
        /** §3 H7: a third party linked to the commenter ("your mom", "your little one"). */
        THIRD_PARTY,
        /** §3 H3–H6 exception: a sentence opening with a conditional or general frame. Only counts at sentence start. */
        GENERAL_FRAME,
        /** Implicit confirmation: knowing an outcome is good means knowing the care ("glad", "hope", "congratulations"). */
        WELL_WISH,
        /** Sympathy about something: echoes what the comment said ("sorry to hear"). */
        EMPATHY,
        /** Recovery and result words that only make sense after care (§3 H1 outcomes). */
        OUTCOME,
        /** The practice as a place or team ("our office", "the chair", "here", "with us"). */
        PRACTICE,
        /** The practice acting on or knowing about a person ("we placed", "we all know"). */
        PRACTICE_ACTION,
        /** Pleasure about an encounter ("loved", "enjoyed", "a pleasure"). */
        ENCOUNTER_AFFECT,
        /** Patient status and care words for §3 H7 ("patient", "seen", "admitted", "ICU"). */
        CARE_STATUS,
        /** A call to action for the reader to get in touch: not an encounter. */
        CALL_TO_ACTION,
        /** A privacy reminder not to share ("please don't post ..."): nothing in it is about a person. */
        DO_NOT_SHARE,
        /** A message to everyone ("we hope everyone stays healthy"), not to or about one person. */
        GENERAL_AUDIENCE,
        /** Shadows a shorter phrase without meaning anything ("thank you", "glad to"). */
        NEUTRAL;

        final int bit = 1 << ordinal();
    }

    /** A phrase found in a text: token range [startToken, endToken) and its canonical form. */
    record Hit(int kinds, String canonical, int startToken, int endToken) {
        boolean is(Kind kind) {
            return (kinds & kind.bit) != 0;
        }
    }

    private record Phrase(String[] tokens, int kinds, String canonical) {
    }

    private static final String[] CLINICAL_TERMS = {
            // dental procedures and devices
            "root canal", "crown", "filling", "extraction", "tooth pulled", "teeth pulled", "wisdom teeth", "wisdom tooth",
            "braces", "invisalign", "aligners", "implant", "dentures", "denture", "veneers", "whitening", "cleaning",
            "deep cleaning", "scaling", "bridge work", "retainer", "night guard", "mouthguard", "cavity", "cavities",
            "abscess", "gum disease", "gingivitis", "periodontitis", "toothache", "numbing", "novocaine", "dry socket",
            // general procedures, tests, devices
            "x ray", "xray", "mri", "ct scan", "cat scan", "scan", "ultrasound", "biopsy", "blood test", "bloodwork",
            "blood work", "lab", "labs", "lab work", "lab results", "test results", "sample", "urine sample", "mammogram",
            "pap smear", "smear", "colonoscopy", "endoscopy", "vasectomy", "hysterectomy", "c section", "cesarean",
            "delivery", "labor", "labour", "induction", "epidural", "surgery", "operation", "stitches", "sutures", "cast",
            "physical therapy", "physio", "physiotherapy", "chemo", "chemotherapy", "radiation", "dialysis", "vaccine",
            "vaccination", "flu shot", "injection", "botox", "anesthesia", "anaesthesia", "sedation", "transplant",
            "hip replacement", "knee replacement", "prescription", "refill", "dose", "dosage", "medication", "meds",
            "antibiotics", "antibiotic", "amoxicillin", "ibuprofen", "insulin", "inhaler", "birth control",
            "contraception", "iud", "plan b", "glasses", "contact lenses", "hearing aid", "hearing aids", "pacemaker",
            "cpap", "wheelchair", "crutches", "splint", "stent", "catheter", "iv", "drip", "diagnosis", "diagnosed",
            "referral", "discharge", "discharged", "admission", "admitted", "consent form", "treatment", "therapy",
            "counseling", "counselling", "rehab", "rehabilitation", "check up", "checkup", "exam", "screening", "test",
            "drug screen", "drug test", "covid test", "pregnancy test", "ekg", "ecg", "echo", "scan results",
            // conditions and symptoms
            "diabetes", "diabetic", "cancer", "tumor", "tumour", "hiv", "hepatitis", "asthma", "copd", "covid",
            "the flu", "infection", "hypertension", "high blood pressure", "blood pressure", "cholesterol",
            "heart attack", "heart condition", "arthritis", "scoliosis", "adhd", "autism", "depression", "depressed",
            "anxiety", "panic attacks", "bipolar", "schizophrenia", "ptsd", "ocd", "eating disorder", "anorexia",
            "bulimia", "dementia", "alzheimer's", "pregnancy", "pregnant", "miscarriage", "abortion", "infertility",
            "fertility", "ivf", "std", "sti", "herpes", "chlamydia", "allergy", "allergies", "allergic reaction",
            "migraine", "migraines", "concussion", "fracture", "broken arm", "broken leg", "broken bone", "broken tooth",
            "sprain", "torn acl", "cataract", "cataracts", "glaucoma", "hearing loss", "tinnitus", "sleep apnea",
            "epilepsy", "seizure", "seizures", "obesity", "weight loss", "pain", "chest pain", "headache", "fever",
            "cough", "rash", "swelling", "bleeding", "nausea", "dizziness", "shortness of breath", "sensitivity",
            "numbness", "bruising", "soreness", "sore throat", "symptom", "symptoms", "condition", "illness", "injury",
            "stroke", "overdose", "postpartum", "prenatal", "contractions", "newborn", "mental health",
            // quitting and specialists named as someone's care (round 26); not "smoking" alone ("no smoking on site")
            "quit smoking", "quitting smoking", "stopped smoking", "dejar de fumar", "dejo de fumar", "cardiologist",
            "cardiology", "cardiologo", "referido", "referidos", "quemadura", "quemaduras", "carillas", "frenillos",
            "self harm", "suicidal", "trauma",
            // substance use
            "addiction", "alcoholism", "sobriety", "sober", "relapse", "withdrawal", "opioid", "opioids",
            "substance use", "drug use", "drug seeking", "pain pills", "pain meds", "painkillers", "pain killers",
            "oxycodone", "vicodin", "percocet", "xanax", "adderall", "suboxone", "methadone", "fentanyl", "pills",
            "paracetamol", "acetaminophen", "tylenol", "calpol", "aspirin", "metformin", "codeine", "tramadol",
            "naproxen", "antihistamine", "antihistamines", "epipen", "adrenaline pen",
            // body parts
            "tooth", "teeth", "molar", "molars", "gums", "jaw", "hip", "knee", "knees", "shoulder", "spine", "neck",
            "heart", "lungs", "kidney", "liver", "skin", "ankle", "wrist", "elbow", "breast", "prostate", "uterus",
            "cervix", "colon", "bladder", "stomach", "chest", "throat", "sinus", "tonsils", "appendix", "gallbladder",
            "thyroid",
            // Spanish
            "dolor", "muela", "muelas", "diente", "dientes", "encias", "caries", "endodoncia", "corona", "empaste",
            "extraccion", "limpieza", "radiografia", "receta", "medicamento", "medicamentos", "medicina", "pastillas",
            "depresion", "ansiedad", "embarazo", "embarazada", "parto", "aborto", "cirugia", "operacion", "analisis",
            "examen de sangre", "presion alta", "vacuna", "rodilla", "cadera", "hombro", "espalda", "frenos", "brackets",
            "implante", "implantes", "puntos", "anestesia", "infeccion", "fiebre", "tos", "sangrado", "terapia",
            "tratamiento", "dosis", "pecho", "diagnostico", "quimioterapia", "lentes", "audifonos",
            "presion", "azucar", "glucosa", "colesterol", "insulina",
            "metformina", "pastilla", "pastillita", "pastillitas", "jarabe", "andador", "muletas", "acetaminofen",
            "ibuprofeno", "paracetamol", "antibiotico", "antibioticos", "dentadura", "protesis",
    };

    private static final String[] FINANCIAL_TERMS = {
            "copay", "co pay", "copayment", "deductible", "balance", "collections", "collection agency", "refund",
            "refunded", "insurance paid", "covered by", "not covered", "wasn't covered", "was covered", "is covered",
            "coverage", "estimate", "for free", "free of charge", "discount", "discounted", "write off", "wrote off",
            "waived", "payment plan", "out of pocket", "owed", "owe", "invoice", "bill", "billing", "charges",
            "charged", "claim", "paid", "payment", "copago", "deducible", "reembolso", "saldo", "factura", "pago",
            "seguro", "gratis",
    };

    private static final String[] INSURERS = {
            "aetna", "cigna", "delta dental", "guardian dental", "guardian insurance", "guardian plan", "blue cross",
            "blue shield", "bcbs", "unitedhealthcare", "united healthcare", "united health", "humana", "kaiser",
            "molina", "medicaid", "medicare", "tricare", "anthem", "metlife", "bupa", "axa health", "vitality health",
            "medi cal", "obamacare",
    };

    private static final String[] PERSON_REFS = {
            "you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "u", "ur",
            "he", "she", "him", "his", "her", "he's", "she's", "this reviewer", "the reviewer", "the patient",
            "this patient", "this person", "the commenter", "this commenter", "usted", "su", "sus", "le", "tu", "tus",
            "te", "el paciente", "la paciente",
    };

    private static final String[] FAMILY = {
            "mom", "mother", "mum", "dad", "father", "son", "daughter", "child", "children", "kid", "kids", "baby",
            "little one", "husband", "wife", "partner", "grandma", "grandmother", "grandpa", "grandfather", "friend",
            "cousin", "neighbor", "neighbour", "sister", "brother", "aunt", "uncle", "boyfriend", "girlfriend",
            "family member", "loved one", "teen", "toddler", "newborn", "fiance", "fiancee",
            // colloquial and regional forms, and Spanish (round 3)
            "mama", "momma", "mommy", "mam", "mammy", "papa", "daddy", "granny", "nana", "nan", "grandson",
            "granddaughter", "wee one", "bairn", "hija", "hijo", "hijos", "hijita", "hijito", "esposo", "esposa",
            "marido", "abuela", "abuelo", "abuelita", "abuelito", "nieto", "nieta", "nene", "nena", "bebe",
            "hermana", "hermano", "tia", "tio", "pareja", "mami", "papi", "madre", "padre",
    };

    private static final String[] GENERAL_FRAMES = {
            "if", "as general information", "general information", "many people", "informacion general",
            "para consultas", "in general", "generally", "most people", "some people", "anyone", "for anyone",
            "anyone who", "as a general rule", "si", "whenever", "everyone", "for general information",
            "a cualquier persona", "cualquier persona", "a toda persona", "a todos los pacientes", "a todo paciente",
            "para recetas", "para renovar recetas", "para citas", "for prescriptions", "for refills", "for appointments",
    };

    private static final String[] WELL_WISHES = {
            "glad", "so glad", "happy", "so happy", "hope", "hoping", "hopefully", "relieved", "pleased", "thrilled",
            "delighted", "great to hear", "good to hear", "wonderful to hear", "glad to hear", "happy to hear",
            "pleased to hear", "lovely to hear", "nice to hear", "congratulations", "congrats", "wishing you", "wish you", "enjoy", "enjoying",
            "nos alegra", "esperamos que", "felicidades", "me alegra", "nos alegramos", "me alegro", "que alegria",
            "que bueno que", "ojala",
    };

    private static final String[] EMPATHY = {
            "sorry", "so sorry", "sorry to hear", "sad to hear", "lamentamos", "sentimos", "lo sentimos",
    };

    private static final String[] OUTCOMES = {
            "recovery", "recovering", "recovered", "healing", "healed", "heal", "feeling better", "working for you",
            "working well for you", "went smoothly", "went well", "wore off", "worn off", "results", "result",
            "new smile", "your smile", "new teeth", "feels great", "feel great", "looks great", "turned out",
            "progress", "back on your feet", "up and about", "on the mend", "new baby", "new arrival", "little one",
            "bundle of joy", "healthy baby", "good news", "all clear", "recuperacion", "se recupere",
    };

    private static final String[] PRACTICE_NOUNS = {
            "office", "clinic", "practice", "surgery", "team", "staff", "chair", "front desk", "reception",
            "hygienist", "hygienists", "dentist", "dentists", "doctor", "doctors", "nurse", "nurses", "midwife",
            "midwives", "provider", "providers", "therapist", "therapists", "physician", "physicians", "surgeon",
            "surgeons", "waiting room", "lobby", "hospital", "ward", "exam room", "dental chair", "assistant",
            "assistants", "receptionist", "pharmacist",
    };

    private static final String[] PRACTICE_EXTRA = {
            "here", "with us", "at our", "in our", "our care", "consultorio", "nuestra clinica", "nuestro equipo",
    };

    private static final String[] PRACTICE_ACTIONS = {
            "we did", "we performed", "we placed", "we gave", "we provided", "we prescribed", "we treated", "we saw",
            "we took", "we removed", "we fitted", "we recommended", "we told", "we explained", "we advised",
            "we warned", "we discussed", "we sent", "we referred", "we found", "we diagnosed", "we ran", "we ordered",
            "we checked", "we tested", "we know", "we all know", "we knew", "we noticed", "we remember", "we could see",
            "we fixed", "we cleaned", "we extracted", "we pulled", "we filled", "we numbed", "we delivered",
            "we were there", "we were able to", "we managed to", "we squeezed", "we got", "we've got", "we had",
            "i did", "i performed", "i placed", "i saw", "i treated", "i remember", "i know", "i prescribed",
            "were there for", "was there for", "le hicimos", "le pusimos", "le dimos",
    };

    private static final String[] ENCOUNTER_AFFECT = {
            "loved", "enjoyed", "a pleasure", "pleasure", "delight", "lovely", "fun", "great having", "nice meeting",
            "great meeting", "great seeing", "made you", "felt welcome", "felt comfortable", "felt at home",
            "felt cared for", "so brave", "brave", "fue un placer",
    };

    private static final String[] CARE_STATUS = {
            "patient", "patients", "seen", "treated", "visit", "visited", "appointment", "care", "admitted",
            "discharged", "icu", "ward", "room", "here", "procedure", "records", "chart", "doctor", "dentist",
            "hospital", "paciente", "cita", "came in", "checked in", "in our care", "being seen", "client",
    };

    private static final String[] CALLS_TO_ACTION = {
            "call", "contact", "reach", "reach out", "ask for", "phone", "ring", "dial", "llame", "llamenos",
            "comuniquese", "you can", "you may", "feel free", "please", "welcome to call",
    };

    private static final String[] DO_NOT_SHARE = {
            "don't post", "do not post", "don't share", "do not share", "please avoid", "avoid sharing",
            "avoid posting", "never post", "never share", "no need to share", "don't include", "do not include",
            "refrain from", "no comparta", "no publique", "keep personal", "keep health details",
    };

    private static final String[] NEUTRAL = {
            "thank you", "thanks you", "thank you so much", "glad to", "happy to", "pleased to", "we hope this",
            "hope this", "thanks to you", "in your experience", "our care coordinator", "your experience",
            "our patient advocate", "our patient portal", "our patient care coordinator", "patient advocate",
            "patient portal", "patient care coordinator", "patient experience", "care coordinator",
            // a department named after what it handles is not a payment fact about anyone (round 3)
            "billing team", "billing office", "billing department", "billing line", "billing desk", "billing staff",
            "billing coordinator", "billing questions", "billing enquiries", "billing inquiries",
            // payment in general, the way a practice explains it to anyone (round 12)
            "billing concerns", "billing concern", "billing documents", "billing paperwork", "payment options",
            "payment methods", "ways to pay", "general pricing", "general payment", "opciones de pago", "formas de pago",
            "metodos de pago", "ask for billing",
            // "a pain" as an idiom for a nuisance, not a symptom (round 13)
            "is a pain", "such a pain", "a real pain", "a total pain", "a bit of a pain",
            // the service a pregnancy emergency is sent to (§4), not a procedure anyone had (round 14)
            "labor and delivery", "labour and delivery", "labor & delivery", "labour & delivery",
    };

    private static final String[] GENERAL_AUDIENCE = {
            "everyone", "everybody", "all of you", "our community", "the community", "all our patients",
            "all of our patients", "families", "our neighbors", "our neighbours", "todos",
    };

    /** §3 allowed "your (feedback|comment|…)" nouns: they belong to the message, not to the person's care. */
    private static final String[] YOUR_MESSAGE = {
            "feedback", "comment", "comments", "review", "concern", "concerns", "message", "question", "questions",
            "thoughts", "patience", "privacy", "story", "time", "kind words", "words", "post", "note", "input",
            "suggestion", "suggestions", "recommendation", "support", "trust",
    };

    private final Map<String, Candidates> byFirstToken;

    /**
     * The phrases starting with one word: the one-word phrase (or null), and the longer ones grouped by their second
     * word, longest first. Grouping by the second word means a common first word ("your", "the") costs one more map
     * lookup instead of a comparison against every phrase it starts.
     */
    private record Candidates(Phrase single, Map<String, Phrase[]> bySecondToken) {
    }

    private static final Vocabulary INSTANCE = new Vocabulary();

    static Vocabulary get() {
        return INSTANCE;
    }

    private Vocabulary() {
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        addAll(kinds, canonical, CLINICAL_TERMS, Kind.CLINICAL, true);
        addAll(kinds, canonical, FINANCIAL_TERMS, Kind.FINANCIAL, false);
        addAll(kinds, canonical, INSURERS, Kind.INSURER, false);
        addAll(kinds, canonical, PERSON_REFS, Kind.PERSON, false);
        for (String possessive : new String[] {"your", "his", "her", "their", "my", "su", "tu"}) {
            for (String member : FAMILY) {
                add(kinds, canonical, possessive + " " + member, Kind.THIRD_PARTY, member);
                if (!member.endsWith("s") && !member.endsWith("one")) {
                    add(kinds, canonical, possessive + " " + member + "'s", Kind.THIRD_PARTY, member);
                }
            }
            add(kinds, canonical, possessive + " loved ones", Kind.THIRD_PARTY, "loved one");
        }
        for (String other : new String[] {"other reviewer", "another reviewer", "the other reviewer",
                "other reviewers", "this user", "the person you tagged", "the user", "tagged user"}) {
            add(kinds, canonical, other, Kind.THIRD_PARTY, other);
        }
        addAll(kinds, canonical, GENERAL_FRAMES, Kind.GENERAL_FRAME, false);
        addAll(kinds, canonical, WELL_WISHES, Kind.WELL_WISH, false);
        addAll(kinds, canonical, EMPATHY, Kind.EMPATHY, false);
        addAll(kinds, canonical, OUTCOMES, Kind.OUTCOME, false);
        for (String noun : PRACTICE_NOUNS) {
            add(kinds, canonical, "our " + noun, Kind.PRACTICE, noun);
            add(kinds, canonical, "the " + noun, Kind.PRACTICE, noun);
        }
        addAll(kinds, canonical, PRACTICE_EXTRA, Kind.PRACTICE, false);
        addAll(kinds, canonical, PRACTICE_ACTIONS, Kind.PRACTICE_ACTION, false);
        addAll(kinds, canonical, ENCOUNTER_AFFECT, Kind.ENCOUNTER_AFFECT, false);
        addAll(kinds, canonical, CARE_STATUS, Kind.CARE_STATUS, false);
        addAll(kinds, canonical, CALLS_TO_ACTION, Kind.CALL_TO_ACTION, false);
        addAll(kinds, canonical, DO_NOT_SHARE, Kind.DO_NOT_SHARE, false);
        addAll(kinds, canonical, NEUTRAL, Kind.NEUTRAL, false);
        addAll(kinds, canonical, GENERAL_AUDIENCE, Kind.GENERAL_AUDIENCE, false);
        for (String noun : YOUR_MESSAGE) {
            add(kinds, canonical, "your " + noun, Kind.NEUTRAL, "your " + noun);
        }

        Map<String, List<Phrase>> grouped = new HashMap<>();
        kinds.forEach((phrase, k) -> {
            String[] tokens = phrase.split(" ");
            grouped.computeIfAbsent(tokens[0], x -> new ArrayList<>()).add(new Phrase(tokens, k, canonical.get(phrase)));
        });
        byFirstToken = new HashMap<>();
        grouped.forEach((first, list) -> {
            Phrase single = null;
            Map<String, List<Phrase>> bySecond = new HashMap<>();
            for (Phrase p : list) {
                if (p.tokens.length == 1) {
                    single = p;
                } else {
                    bySecond.computeIfAbsent(p.tokens[1], x -> new ArrayList<>()).add(p);
                }
            }
            Map<String, Phrase[]> sortedBySecond = new HashMap<>();
            bySecond.forEach((second, phrases) -> {
                Phrase[] sorted = phrases.toArray(new Phrase[0]);
                Arrays.sort(sorted, (a, b) -> b.tokens.length - a.tokens.length); // longest first
                sortedBySecond.put(second, sorted);
            });
            byFirstToken.put(first, new Candidates(single, sortedBySecond));
        });
    }

    private static void addAll(Map<String, Integer> kinds, Map<String, String> canonical, String[] phrases, Kind kind,
                               boolean plurals) {
        for (String p : phrases) {
            String normal = normalise(p);
            add(kinds, canonical, normal, kind, normal);
            if (plurals && !normal.endsWith("s")) {
                add(kinds, canonical, normal + (normal.endsWith("x") || normal.endsWith("ch") ? "es" : "s"), kind, normal);
            }
        }
    }

    private static void add(Map<String, Integer> kinds, Map<String, String> canonical, String phrase, Kind kind,
                            String canonicalForm) {
        kinds.merge(phrase, kind.bit, (a, b) -> a | b);
        canonical.putIfAbsent(phrase, canonicalForm);
    }

    /** Tokenises a lexicon phrase the same way texts are tokenised ("x-ray" → "x ray"). */
    private static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9'&]+", " ").trim();
    }

    /** All phrases in the text, longest match at each token, left to right, non-overlapping. */
    List<Hit> scan(AnalysedText text) {
        List<Hit> hits = new ArrayList<>();
        int n = text.tokenCount();
        int t = 0;
        while (t < n) {
            Candidates candidates = byFirstToken.get(text.token(t));
            int consumed = 1;
            if (candidates != null) {
                Phrase match = longer(candidates, text, t);
                if (match == null) {
                    match = candidates.single;
                }
                if (match != null) {
                    hits.add(new Hit(match.kinds, match.canonical, t, t + match.tokens.length));
                    consumed = match.tokens.length;
                }
            }
            t += consumed;
        }
        return hits;
    }

    /** The longest phrase of two or more words matching at {@code t}, or null. */
    private static Phrase longer(Candidates candidates, AnalysedText text, int t) {
        if (candidates.bySecondToken.isEmpty() || t + 1 >= text.tokenCount()) {
            return null;
        }
        Phrase[] phrases = candidates.bySecondToken.get(text.token(t + 1));
        if (phrases == null) {
            return null;
        }
        for (Phrase p : phrases) {
            if (matchesAt(text, t, p.tokens)) {
                return p;
            }
        }
        return null;
    }

    private static boolean matchesAt(AnalysedText text, int t, String[] tokens) {
        if (t + tokens.length > text.tokenCount()) {
            return false;
        }
        int sentence = text.sentenceOfToken(t);
        for (int i = 1; i < tokens.length; i++) {
            if (!text.token(t + i).equals(tokens[i]) || text.sentenceOfToken(t + i) != sentence) {
                return false;
            }
        }
        return true;
    }
}
