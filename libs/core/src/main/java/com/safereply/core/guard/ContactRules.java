package com.safereply.core.guard;

import com.safereply.core.guard.Seed.Unless;

import java.util.List;

import static com.safereply.core.model.HardRule.H10;
import static com.safereply.core.model.HardRule.H11;

/**
 * H10 {@code solicits_phi} and H11 {@code practice_initiated_contact} (§3): asking anyone to post or message personal or
 * health details, and the practice saying it will reach the person (or already has, or has their details on file).
 * The commenter calling the published number is the only channel a draft may offer.
 */
final class ContactRules implements Rule {

    private static final String SOLICITS = "asks for personal or health details";
    private static final String INITIATES = "says the practice will contact the person";

    private static final String REQUESTED = "name|full name|first name|last name|date of birth|dob|birthday|member id|member number"
            + "|policy|policy number|account|account number|photos?|pictures?|pics?|appointment date|date of (?:your )?(?:visit|appointment)"
            + "|symptoms?|medications?|meds|diagnosis|insurance|insurer|details|more information|more info|what happened"
            + "|which (?:doctor|dentist|provider|location|office)|phone number|number|email|address|x-?rays?|chart|records?"
            + "|condition|treatment|procedure|nombre|fecha de nacimiento|sintomas|fotos?|datos|specimen id|specimen number"
            + "|collection date|date of service|claim number|case number|reference number|peso|medicamentos|medicinas";

    /** The sign-off "le enviamos un cordial saludo" sends greetings, not a message: what may follow "enviamos". */
    static final String NOT_A_GREETING =
            "(?! (?:un |nuestros? |muchos )?(?:cordial(?:es)? |afectuos[oa]s? |fuertes? |calidos? )?(?:saludos?|abrazos?))";

    private static final List<Seed> SEEDS = List.of(
            Seed.of(H10, SOLICITS, List.of("reply", "post", "comment", "dm", "send", "message", "share", "tell", "let",
                            "email", "inbox", "include", "write", "drop", "leave", "pm", "responda", "envienos", "indiquenos",
                            "comparta", "escribanos"),
                    // "it wouldn't be right for us to comment on anyone's treatment" is the practice declining to comment
                    // nor "we're not able to share details", nor "requests to share medical records … can be made at
                    // reception": a process described to everyone (round 30)
                    "(?<!\\bfor us to |\\bwe can'?t |\\bwe cannot |\\bwe won'?t |\\bnot able to |\\bunable to |\\brequests? to "
                            + "|\\bhow to )"
                            + "(?:reply|post(?!-)|comment|dm us|send us|send (?:a|your|the|in|over|through)|message us|share|tell us"
                            + "|let us know|email us|inbox us|include|write (?:us|in)|drop us|leave (?:your|a)|pm us|responda"
                            + "|envienos|indiquenos|comparta|escribanos)\\b.{0,40}?\\b(?:"
                            + REQUESTED + ")\\b",
                    Unless.NEGATION, Unless.OFFLINE),
            // The reader's own details to be posted here, with the verbs the rule above lacks ("just drop your member ID
            // below", "escriba su número de póliza aquí abajo"; round 25): where the details are to go is what matters
            Seed.of(H10, SOLICITS, List.of("comment", "post", "reply", "share", "drop", "leave", "write", "type", "put",
                            "deje", "escriba", "ponga", "comparta", "comente"),
                    // said as a request: opening a clause or after "just", "please" (not "if you post your ID here, we'll
                    // hide it", "there's no reason to put your policy number here")
                    "(?:(?<![\\w'] )(?<![\\w'])|(?<=\\b(?:just|please|simply|kindly) )|(?<=\\bgo ahead and )|(?<=\\bfeel free to )"
                            + "|(?<=\\bpor favor ))"
                            + "(?:comment|post|reply with|share|drop|leave|write|type|put|deje|escriba|ponga|comparta|comente)\\b.{0,25}?"
                            // the reader's own details ("your member ID"), not a contest entry ("your favourite name for our
                            // dog", "your pumpkin photos", "sus fotos de la feria")
                            + "\\b(?:your|su|sus|tu|tus) (?:(?:full|first|last|member|policy|account|insurance|phone|home|email|medical"
                            + "|health|dental|group|id) )?(?:" + REQUESTED
                            + "|numero de (?:poliza|miembro|cuenta|seguro|afiliado|expediente)|poliza)\\b"
                            + "(?! (?:de la|del|de nuestr[oa]|from the|of the|at the|for our|for the)\\b).{0,30}?"
                            + "\\b(?:below|down below|here|in the comments?|on this post|in this thread|aqui|abajo|en (?:los|este) comentarios?)\\b",
                    Unless.NEGATION),
            Seed.of(H10, SOLICITS, List.of("what", "which", "when", "can", "could", "please", "may"),
                    "(?:what|which) (?:was|is) (?:your|the patient's) (?:name|date of birth|member id|appointment date|diagnosis)"
                            + "|(?:can|could|may) you (?:please )?(?:post|share|send|dm|message|tell us|provide|type|write|put|drop|leave|comment"
                            + "|reply with|include)\\b.{0,30}?"
                            + "\\b(?:" + REQUESTED + ")\\b", Unless.NEGATION, Unless.OFFLINE),

            Seed.of(H11, INITIATES, List.of("we", "we'll", "we'd", "we're", "i", "i'll", "i'd", "i'm", "someone", "our",
                            "a", "one"),
                    "(?:we|i|someone|a member of (?:our|the) team|one of our (?:team|staff)|our (?:team|office|manager|practice manager"
                            + "|staff|office manager|patient advocate|privacy officer|billing team|nurse))(?: from our (?:team|office))?"
                            + "(?:'ll| will| would like to|'d like to|'d love to| would love to| can| are going to|'re going to"
                            + "| want to| is going to|'s going to| shall| will be| is| are)? ?(?:call|calling|contact|contacting"
                            + "|reach out to|reaching out to|email|emailing|e-mail|text|texting|message|messaging|dm|phone|ring"
                            + "|follow up with|get in touch with|be in touch with|get back to|send) ?(?:you\\b|him\\b|her\\b)",
                    Unless.NEGATION),
            Seed.of(H11, INITIATES, List.of("we'll", "we", "i'll", "i", "someone", "our"),
                    "(?:we|i|someone|our (?:team|office|manager|practice manager|staff|office manager))"
                            + "(?: from our (?:team|office))?(?:'ll| will) (?:be in touch|get in touch|follow up|reach out)\\b"),
            Seed.of(H11, INITIATES, List.of("will"), "will (?:call|contact|email|text|message|reach out to|phone) you\\b",
                    Unless.NEGATION),
            Seed.of(H11, INITIATES, List.of("call", "calling"), "call(?:ing)? you back\\b"),
            Seed.of(H11, INITIATES, List.of("slid", "sliding", "slide"), "(?:slid|sliding|slide) into (?:your|ur|yr|their) dms?\\b"),
            // contact already made: "we've reached out privately", "we have been in touch"
            Seed.of(H11, INITIATES, List.of("reached", "been", "got", "gotten"),
                    "(?<=\\b(?:we've|we have|we|i've|i have|i)(?: already| just)? )(?:reached out|been in touch|got in touch"
                            + "|gotten in touch)\\b(?! (?:to|with) (?:our|the|a|an|his|her|their|its) )"),
            Seed.of(H11, INITIATES, List.of("we've", "we", "i've", "i"), "(?:we've|we have|we|i've|i have|i) sent you\\b"),
            Seed.of(H11, INITIATES, List.of("sent", "emailed", "texted", "messaged", "mailed", "dm'd", "dmed"),
                    "(?:sent|emailed|texted|messaged|mailed|dm'?d|dmed) you (?:a|an|the|some|your|our|details|information|info|back)\\b"),
            Seed.of(H11, INITIATES, List.of("sending"),
                    "sending you (?:a |an )?(?:dm|message|email|text|letter|private message|pm|details|information)\\b"),
            Seed.of(H11, INITIATES, List.of("check"),
                    "check your (?:email|e-mail|inbox|dms?|direct messages|messages|texts|mail|voicemail|phone|portal)\\b"),
            Seed.of(H11, INITIATES, List.of("number", "phone", "email", "address", "contact", "details"),
                    "(?:number|phone number|phone|email|e-mail|address|contact (?:details|information|info)|details)"
                            + "(?: (?:we have|we've got|that we have))? on file\\b"),
            Seed.of(H11, INITIATES, List.of("expect", "look", "watch"),
                    "(?:expect|look out for|watch for) (?:a|our) (?:call|email|text|message|letter|dm)\\b"),
            Seed.of(H11, INITIATES, List.of("you'll", "you"),
                    "(?:you'll|you will) (?:hear from us|receive (?:a|our) (?:call|text|email|message|letter)|get (?:a|our) (?:call|text|email))\\b"),
            Seed.of(H11, INITIATES, List.of("le"),
                    "le (?:enviamos|llamaremos|llamamos|escribiremos|contactaremos|mandamos|enviaremos)\\b" + NOT_A_GREETING),
            Seed.of(H11, INITIATES, List.of("nos"), "nos (?:pondremos|comunicaremos) en contacto\\b"),
            // round 12: something sent to the person, in other words ("have a look at your phone", "se los mandamos")
            Seed.of(H11, INITIATES, List.of("have", "take", "look", "keep"),
                    "(?:have a look at|take a look at|look at|keep an eye on) your (?:phone|email|e-mail|inbox|dms?"
                            + "|messages|texts|mail|voicemail|letterbox)\\b"),
            // "if you ever get a text from us asking for card details, it's a scam" is a warning, not contact
            Seed.of(H11, INITIATES, List.of("a", "our"), "(?:a|our) (?:message|text|email|e-mail|letter|dm) from us\\b",
                    Unless.NEGATION, Unless.GENERAL_FRAME),
            Seed.of(H11, INITIATES, List.of("se", "te", "les"),
                    "(?:(?:se|te) (?:lo|la|los|las)|les|te) (?:enviamos|mandamos|enviaremos|mandaremos|hemos enviado"
                            + "|hemos mandado)\\b" + NOT_A_GREETING));

    @Override
    public List<Seed> seeds() {
        return SEEDS;
    }

}
