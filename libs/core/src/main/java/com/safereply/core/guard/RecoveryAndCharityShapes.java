package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 36 found (docs/quality.md): an eating-disorder service's recovery
 * cheer ("your dietitian is so proud of you", "a big step from where you started with us", "glad the family sessions
 * have been helping him"), a hospital charity's memorial thanks ("someone our hospice team cared for") and a menopause
 * clinic's sisterly voice, plus an instruction to stop or not take more, and a request to post one's details.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class RecoveryAndCharityShapes {

    private static final String CLINICIAN = "(?:dietitian|dietician|therapist|nurse|doctor|gp|counsellor|counselor|dentist"
            + "|hygienist|physio|midwife|consultant|dietista|nutriologa|nutriologo|nutricionista|terapeuta|enfermera"
            + "|enfermero|doctora|doctor|medico|medica|dentista)";

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's clinician, progress, start and sessions
            new SentenceShape(HardRule.H1, "confirms a care relationship", "proud of you|orgullos|started with us|"
                            + "came to us|been helping|han ayudado|debimos|should have explained|cared for",
                    "\\b(?:your|su|tu) " + CLINICIAN + " (?:is|esta|estan|are) (?:so |very |really |muy |super )?(?:proud|orgullos[oa]s?)\\b"
                            + "|\\b(?:proud|orgullos[oa]s?) (?:of|de) (?:su|tu|your) (?:progress|progreso|avance|avances)\\b"
                            + "|\\b(?:where|when|since) you (?:first )?(?:started|began|came) (?:with|to) us\\b"
                            + "|\\b(?:sessions|appointments|treatment|therapy|group|groups|programme|program|visits) (?:has|have)"
                            + " (?:really )?been helping (?:him|her|you|them)\\b"
                            + "|\\b(?:las sesiones|la terapia|el tratamiento|el grupo|las consultas) (?:le |les )?(?:ha|han)"
                            + " (?:estado )?ayudad\\w*\\b"
                            + "|\\b(?:debimos|deberiamos haber|we should have) (?:explicarlo|explicarle|explained it|explained that"
                            + "|told you|avisarle)\\b"
                            + "|\\bsomeone (?:our|the) (?:\\w+ )?(?:team|nurses|staff|doctors) cared for\\b"),
            // H8: stop it, take no more
            new SentenceShape(HardRule.H8, "tells the person what to do", "taking them|taking it|taking these|no tome|"
                            + "no tomes|no tomen",
                    "\\bif you(?:'re| are) taking (?:them|it|these|those|this), stop\\b"
                            + "|\\b(?:no|nunca) (?:tome|tomes|tomen) (?:mas|otra|otro|ninguna|ninguno)\\b"),
            // H10: the reader invited to post their details
            new SentenceShape(HardRule.H10, "asks for personal or health details", "comment below|let us know your|"
                            + "dejen en los comentarios|cuentenos en los comentarios",
                    "\\bcomment (?:below )?with (?:what you're|what you are|your) (?:experiencing|symptoms|story|details"
                            + "|weight|bmi|dose|medications?)\\b"
                            + "|\\blet us know your (?:current )?(?:bmi|weight|dose|dosage|medications?|symptoms|readings?"
                            + "|date of birth|blood pressure|sugar|levels)\\b"
                            + "|\\b(?:dejen|cuentenos|escriban) en los comentarios (?:sus|su) (?:sintomas|peso|dosis|medicamentos)\\b"));

    private RecoveryAndCharityShapes() {
    }
}
