package com.safereply.core.guard;

import com.safereply.core.guard.Seed.Unless;

import java.util.List;

import static com.safereply.core.model.HardRule.H8;

/**
 * H8 {@code medical_advice} (§3): dosing, start/stop/switch a drug, diagnosis words, triage reassurance, home-care
 * instructions, reading results, offers to prescribe. "Call 911", "go to the emergency room" and general information
 * framed as general are not advice; a refusal ("we can't advise whether to stop a medication") is not advice either.
 */
final class AdviceRules implements Rule {

    private static final String DRUGS = "mg|dose|doses|dosage|meds?|medications?|medicine|insulin|ibuprofen|acetaminophen"
            + "|paracetamol|tylenol|advil|motrin|aleve|naproxen|aspirin|antibiotics?|amoxicillin|melatonin|pills?|tablets?"
            + "|antihistamines?|benadryl|inhaler|prescription|steroids?|prednisone|opioids?";

    private static final List<Seed> SEEDS = List.of(
            Seed.of(H8, "gives a dose", List.of(Seed.DIGIT),
                    "\\d+(?:\\.\\d+)?\\s?(?:mg|mcg|ml|units?|tablets?|puffs?|drops?|pills?|capsules?)\\b"),
            Seed.of(H8, "gives a dosing schedule", List.of("every"),
                    "every (?:\\d+|two|three|four|six|eight|twelve|few) (?:hours|hrs|hour)\\b"),
            Seed.of(H8, "gives a dosing schedule", List.of("cada"), "cada \\d+ horas\\b"),
            // when to take it is dosing advice too ("it works best the sooner it's taken, so don't wait")
            Seed.of(H8, "gives a dosing schedule", List.of("best", "most", "sooner", "mejor"),
                    "(?:best|most effective) (?:the sooner|(?:if|when) (?:it's |it is |they're |they are )?taken (?:early|soon"
                            + "|quickly|within))\\b|sooner (?:it's|it is|they're|they are) taken\\b|sooner you take (?:it|them|the)\\b"
                            + "|mejor (?:cuanto antes|mientras mas pronto|entre mas pronto) (?:se )?(?:tome|toma|tomen|empiece)\\b",
                    Unless.ADVICE_REFUSAL, Unless.GENERAL_FRAME),
            Seed.of(H8, "gives a dosing schedule", List.of("once", "twice", "three"),
                    "(?:once|twice|three times) (?:a|per) day\\b", Unless.GENERAL_FRAME),
            Seed.of(H8, "tells the person what to do with a medication",
                    List.of("take", "stop", "start", "double", "skip", "switch", "keep", "increase", "decrease", "try",
                            "taking", "stopping", "starting"),
                    "(?:take|stop|start|double|skip|switch to|keep taking|increase|decrease|try|taking|stopping|starting)"
                            + "\\b.{0,40}?\\b(?:" + DRUGS + ")\\b"
                            // "... not to stop any medication without talking to your prescriber": the refusal comes after
                            + "(?![^.!?\\n]*\\bwithout (?:talking|speaking|checking|asking)\\b)",
                    Unless.REFUSAL, Unless.ADVICE_REFUSAL),
            Seed.of(H8, "tells the person what to do with a medication", List.of("stay", "staying", "stays"),
                    "(?:stay|staying|stays) on (?:your |their |the |his |her )?(?:" + DRUGS + "|(?:blood )?thinners?|meds"
                            + "|medications?|medicines?|tablets|pills)\\b", Unless.REFUSAL, Unless.ADVICE_REFUSAL),
            Seed.of(H8, "tells the person what to do with a medication", List.of("tome", "tomar", "deje", "suspenda"),
                    "(?:tome|tomar|deje de tomar|suspenda)\\b(?! cualquier\\b).{0,40}?\\b(?:pastillas?|medicamentos?|ibuprofeno|paracetamol"
                            + "|antibioticos?|dosis|mg)\\b", Unless.ADVICE_REFUSAL),
            Seed.of(H8, "suggests a diagnosis", List.of("sounds", "looks"),
                    "(?:sounds|looks) like\\b.{0,40}?\\b(?:infection|infected|abscess|allerg(?:y|ic)|virus|viral|bacterial"
                            + "|strep|flu|a cold|sprain|fracture|dry socket|nothing serious|nothing to worry|normal|anxiety"
                            + "|migraine|inflamed|inflammation|cavity|cavities|pulled muscle|reaction|side effect|teething"
                            + "|colic|a bug|asthma attack|heart attack|stroke|panic attack|concussion|sepsis|appendicitis|anaphylaxis"
                            + "|you (?:have|might have|may have|need (?:a|an|to take|antibiotics|a filling)))\\b"),
            Seed.of(H8, "suggests a diagnosis", List.of("probably"), "probably\\b"),
            Seed.of(H8, "suggests a diagnosis", List.of("most"), "most likely\\b"),
            Seed.of(H8, "suggests a diagnosis", List.of("you"), "you (?:probably|likely|most likely) (?:have|had|need)\\b"),
            Seed.of(H8, "reassures instead of triaging", List.of("no"),
                    "no need to (?:come in|worry|go(?: in)?|see (?:a|the|us)|be seen)\\b", Unless.GENERAL_FRAME),
            Seed.of(H8, "reassures instead of triaging", List.of("don't", "dont", "do"),
                    "(?:don'?t|do not) (?:worry|need to (?:come|go|be seen|see|worry|take))\\b"
                            // "you don't need to go through the surgery": the way to reach help, not a symptom (round 25)
                            + "(?! (?:through|via|thru) (?:reception|the front desk|the surgery|the practice|the office|us|your gp|the gp"
                            + "|the switchboard|the clinic)\\b)", Unless.GENERAL_FRAME),
            Seed.of(H8, "reassures instead of triaging", List.of("isn't", "is", "not", "it's"),
                    "(?:isn'?t an emergency|is not an emergency|not an emergency|is (?:perfectly |completely |totally |quite )?normal"
                            + "|it'?s (?:perfectly |completely |totally |quite )?normal)\\b"
                            // "it's normal for same-day requests to start with questions": the process, not a symptom (round 23)
                            + "(?! for (?:same-day |new |all |our |most )?(?:requests?|new patients|calls?|appointments?|bookings?|forms?"
                            + "|practices|clinics|offices|surgeries|the (?:practice|clinic|office|process|team)"
                            + "|reception)\\b)", Unless.GENERAL_FRAME, Unless.ROUTING),
            Seed.of(H8, "reassures instead of triaging", List.of("no"),
                    "no (?:es|parece|creo que es|creemos que es) (?:nada )?(?:una urgencia|una emergencia|urgente|grave"
                            + "|nada grave|nada serio|de cuidado)\\b|no se (?:preocupe|preocupen|preocupes)\\b"
                            + "|no (?:hace falta|es necesario) (?:venir|que venga|ir|acudir)\\b", Unless.GENERAL_FRAME, Unless.ROUTING),
            // Minimising a crisis or a symptom ("it does pass", "tomorrow everything looks different"): reassurance in
            // place of the crisis lines' care, and the platitude §5 forbids, in English and Spanish.
            Seed.of(H8, "reassures instead of triaging",
                    List.of("pass", "passes", "get", "gets", "look", "looks", "blow", "blows", "settle", "settles"),
                    "(?<=\\b(?:it|this|that|things|everything)(?:'ll| will| does| do| always| usually| soon)? )(?:pass"
                            + "|passes|get better|gets better|look better|looks better|blow over|blows over|settle down"
                            + "|settles down)\\b(?! once| when| after| as soon as| with the| by | from )", Unless.GENERAL_FRAME),
            Seed.of(H8, "reassures instead of triaging", List.of("try"), "try not to (?:worry|stress|panic)\\b"),
            Seed.of(H8, "reassures instead of triaging", List.of("bad", "rough", "low", "tough"),
                    "(?<=\\b(?:just|only) a )(?:bad|rough|low|tough) (?:patch|day|week|spell|phase|moment)\\b"),
            Seed.of(H8, "reassures instead of triaging", List.of("manana", "todo", "ya", "es", "solo"),
                    "(?:manana )?todo (?:se ve|se vera|se va a ver|va a estar|estara|va a salir|saldra) (?:diferente|mejor"
                            + "|bien)\\b|ya (?:se le )?pasara\\b|(?:es )?solo (?:es )?una mala racha\\b"),
            // round 12: the stopgap a reader can buy, named as the fix ("a dab of temporary cement will hold it")
            Seed.of(H8, "gives home-care instructions",
                    List.of("temporary", "dental", "orthodontic", "clove", "oil", "cera", "denture"),
                    "(?:temporary (?:cement|filling material|filling kit|crown cement)|(?:dental|orthodontic) wax|clove oil"
                            + "|oil of cloves|denture (?:adhesive|glue)|cera (?:de ortodoncia|dental|para brackets))\\b"
                            // "free orthodontic wax is available at reception" is a service, not an instruction
                            + "(?![^.!?\\n]*\\b(?:available|at reception|at the front desk|in stock|we sell|we stock|disponible)\\b)",
                    Unless.ADVICE_REFUSAL, Unless.GENERAL_FRAME, Unless.NEGATION),
            Seed.of(H8, "gives home-care instructions",
                    List.of("pongale", "ponle", "pongase", "ponga", "aplique", "aplica", "evite", "evita", "que"),
                    "(?:que )?(?:pongale|ponle|pongase|ponga|aplique|aplica|evite|evita)\\s+(?:\\w+\\s+){0,2}(?:cera|hielo"
                            + "|compresas?|panos?|gasas?|agua (?:tibia|fria|con sal)|buches|gargaras|comida dura|alimentos duros"
                            + "|masticar|popotes?|pajitas?|bebidas (?:frias|calientes))\\b",
                    Unless.ADVICE_REFUSAL, Unless.GENERAL_FRAME),
            Seed.of(H8, "gives home-care instructions",
                    List.of("rinse", "gargle", "apply", "ice", "avoid", "stick", "elevate", "use"),
                    "(?:rinse|gargle|apply (?:firm )?pressure|ice it|avoid straws|stick with it|elevate (?:it|your)"
                            + "|use (?:a )?(?:warm|cold) (?:compress|salt ?water))\\b", Unless.ADVICE_REFUSAL),
            Seed.of(H8, "tells the person what to do with a medication", List.of("fine", "ok", "okay", "safe"),
                    "(?:fine|ok|okay|safe) to (?:pause|stop|skip|double|halve|cut back on|come off|keep taking)"
                            + " (?:them|it|that|this|your|the|one|two|a)\\b", Unless.REFUSAL, Unless.ADVICE_REFUSAL),
            Seed.of(H8, "tells the person what to do with a medication", List.of("no", "mejor", "duplicar", "doblar", "saltarse", "suspender"),
                    "(?:lo mejor es |mejor )?(?:no )?(?:duplicar|doblar|saltarse|suspender) la (?:dosis|pastilla|toma)\\b",
                    Unless.ADVICE_REFUSAL),
            Seed.of(H8, "interprets results", List.of("nothing", "there's", "theres"),
                    "(?:there'?s )?nothing (?:worrying|concerning|abnormal|alarming|to worry about) (?:to report|in (?:them|it|your)"
                            + "|on (?:them|it|your)|there)\\b"),
            Seed.of(H8, "interprets results",
                    List.of("results", "result", "labs", "lab", "tests", "test", "x", "xray", "xrays", "scan", "scans",
                            "levels", "numbers", "bloodwork", "blood", "mri", "readings", "reading", "biopsy",
                            "mammogram", "counts", "count"),
                    "(?:results?|labs?|tests?|x-?rays?|scans?|levels?|numbers|bloodwork|blood work|mri|readings?|biopsy"
                            + "|mammogram|counts?)\\b.{0,25}?\\b(?:look|looks|looked|are|is|were|was|came back) (?:fine|normal"
                            + "|good|clear|ok|okay|negative|positive)\\b"),
            Seed.of(H8, "offers to prescribe", List.of("we", "we'll", "we'd", "we're", "i", "i'll", "i'd", "i'm"),
                    "(?:we|i)(?:'ll| will) tell you whether\\b|(?:we|i) can call in\\b|(?:we|i)(?:'ll| will| can| could|'d be happy to"
                            + "| would be happy to|'re happy to| are happy to|'m happy to) (?:prescribe|call in|send in|write you)\\b"));

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

}
