package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of violation that keyword lists missed in red-team round 1 (docs/quality.md), written as sentence shapes in
 * English and Spanish rather than as single phrases: warm confirmations with no care keyword, denials and
 * practice-initiated contact in other words, advice phrased as a suggestion, reports of what the patient did,
 * defensive replies without legal words, requests to send details privately, numbers echoed from the comment, pasted
 * lists of patients and phone numbers spelt out in words.
 *
 * <p>Each shape runs on the folded normalised draft (lower case, no accents, look-alikes resolved), and only when one
 * of its clue words is present, so a draft with none of them costs a few {@code contains} calls.
 */
final class ParaphraseRules implements Rule {

    /** Words that stand for "this person's care" after a possessive or with a wish. */
    private static final String CARE_THING = "(?:new |replacement )?(?:filling|crown|replacement|veneers?|implants?|tablets?|pills?|meds|medication|"
            + "braces|dentures?|partial|bridge|retainer|cast|stitches|recovery|smile|teeth|tooth|treatment|results?|scan|x-?rays?|films|"
            + "bloods|blood test|prescription|inhaler|jab|jabs|vaccine|op|operation|surgery|procedure|check-?up|cleaning|extraction)";

    private static final List<SentenceShape> ROUND_ONE_TWO = List.of(
            // H1: warm confirmation without a care keyword: pleasure at having, seeing or treating the reader
            new SentenceShape(HardRule.H1, "warm words about having seen this person", "lovely|great|nice|pleasure|loved|love |enjoy|glad|good|joy|wonderful|happy|always",
                    "\\b(?:lovely|great|nice|pleasure|loved|love|enjoyed|glad|good|joy|wonderful|happy)\\b[^.!?\\n]{0,25}\\b(?:having|have|seeing|see|meeting|meet|chatting with|chat with|catching up with|treating|looking after|to have|to see)\\s+(?:you|her|him|them|your|the whole family|the family|this family)\\b"),
            new SentenceShape(HardRule.H1, "places this person in the practice's chair or care", "chair|welcome back|have you back|come back|you back|see you|your next",
                    "\\b(?:(?:back )?in (?:the|our) chair|welcome back" + RelationshipRules.NOT_A_PLACE + "|have you back|you back in|see you (?:again|next|soon|at your)|your next (?:visit|check|clean|appointment|review))\\b"),
            new SentenceShape(HardRule.H1, "wishes about this person's care", "hope|hoping|glad|pleased|happy|enjoy|came out|turned out",
                    "\\b(?:hope|hoping|glad|pleased|happy|enjoy|enjoying)\\b[^.!?\\n]{0,30}\\b(?:the|your|that|those|his|her|these)\\s+" + CARE_THING + "\\b"
                            + "|\\b(?:those|these|the|your)\\s+" + CARE_THING + "\\s+(?:came|turned) out\\b"),
            new SentenceShape(HardRule.H1, "says the practice saw or knows this person", "saw |seen |treated|remember|we hold|we have|on file|named gp|since |how well|getting on",
                    "\\b(?:we|i|she|he|they|dr\\.? \\w+)\\s+(?:last\\s+)?(?:saw|seen|treated|remembers?|remembered)\\s+(?:you|her|him|your)\\b"
                            + "|\\b(?:we hold|we have) (?:for|on) you\\b|\\bthe (?:number|address|details|email) we (?:hold|have)\\b|\\bon file\\b"
                            + "|\\byour named (?:gp|doctor|dentist|clinician)\\b|\\bsince (?:we last|the change|your last)\\b|\\bhow well you(?:'ve| have) been\\b"),
            // H1 + what the patient did: a report of the reader's own attendance or conduct
            new SentenceShape(HardRule.H1, "reports what this person did at the practice", "you |no call came|time|late",
                    "\\byou(?:'ve| have)? (?:arrived|came in|turned up|showed up|missed|cancell?ed|no-?showed|didn't (?:show|turn up|attend|come)|did not (?:show|attend))\\b"
                            + "|\\byou were\\b[^.!?\\n]{0,25}\\blate\\b|\\b(?:second|third|fourth|fifth) time\\b[^.!?\\n]{0,30}\\b(?:this year|you|late|missed)\\b"
                            + "|\\bno call came in\\b"),
            new SentenceShape(HardRule.H1, "a staff member's account of this person", "says|said|noted|tell us|told us|recalls|remembers|reports|shows|log",
                    // "you said something" is the reader's own words, not a staff member's account (round 14)
                    "(?<!\\byou )(?<!\\bi )(?<!\\bwe )\\b(?:says|said|noted|tell us|told us|recalls|remembers|reports|log shows|records show|notes show)\\b[^.!?\\n]{0,25}\\b(?:you|your (?:son|daughter|child|husband|wife|partner|mum|mom|dad|father|mother))\\b"),
            new SentenceShape(HardRule.H1, "Spanish: warm words about having seen this person", "gusto|encanto|placer|alegr|verl|tenerl|atender|saludar|control|cita|visita|consulta|viene|llego|recuerda|recordamos",
                    "\\b(?:que gusto|un gusto|nos encanto|fue un placer|un placer|nos alegr\\w*)\\b[^.!?\\n]{0,30}\\b(?:tenerl[aoe]s?|verl[aoe]s?|atenderl[aoe]s?|saludarl[aoe]s?)\\b"
                            + "|\\b(?:tenerl[aoe]s?|verl[aoe]s?) (?:otra vez|de nuevo|de vuelta|tan content[ao])\\b"
                            + "|\\bsu (?:ultimo|proximo) control\\b|\\bsu proxima (?:cita|visita|consulta)\\b|\\bcuando viene\\b|\\busted llego\\b"
                            + "|\\b(?:recuerda|recordamos) (?:que usted|a usted|a su)\\b"),
            new SentenceShape(HardRule.H1, "calls this person a patient of the practice or recalls their care", "patient|client|coming to us|showed you|told you|taught you|explained to you",
                    "\\b(?:loyal|favou?rite|long-?time|longstanding|regular|star|best) (?:patients?|clients?)\\b(?! (?:and|or) )"
                            + "|\\bone of our (?:\\w+ )?(?:patients|clients)\\b|\\b(?:been |keep |kept )?coming to us\\b"
                            + "|\\b(?:like|as) (?:we|i|dr\\.? \\w+|she|he) (?:showed|told|taught|explained to) you\\b"),
            // Round 2 (docs/quality.md): the practice reporting an action it took on this person's booking, claim or bill
            new SentenceShape(HardRule.H1, "reports an action the practice took for this person", "we|ya ",
                    "\\b(?:we've|we have|we)\\s+(?:already\\s+|just\\s+)?(?:moved|rebooked|rescheduled|booked|pencilled|penciled|set aside|reserved|held|resubmitted|submitted|refiled|re-?sent|fixed|corrected|cancell?ed)\\s+(?:you|your|a|an|the)\\b[^.!?\\n]{0,40}\\b(?:for you|you|slot|claim|appointment|booking|bill|invoice|refund|charge|to (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|\\w+ at))\\b"
                            + "|\\b(?:we've|we have|we)\\s+(?:moved|rebooked|rescheduled|booked)\\s+you\\b"
                            + "|\\bya (?:procesamos|reprogramamos|cambiamos|reservamos|reembolsamos|cancelamos|enviamos|corregimos|le (?:reprogramamos|cambiamos|reservamos|devolvimos))\\b"),
            // Round 2: a visit of this person on a named day or month, in English and Spanish (tu and usted forms)
            new SentenceShape(HardRule.H1, "names a coming visit of this person", "see you|nos vemos|next week|proxima semana|tomorrow|manana|del |on |next time|as |como |with us|came in|visited|was in|was seen|reminder|remind",
                    "\\bsee you (?:on |this |next |in |at )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|later|then|january|february|march|april|may|june|july|august|september|october|november|december)\\b"
                            // not a public event: "nos vemos en la próxima charla comunitaria" (round 29)
                            + "|\\bnos vemos (?:el |la |en |este |esta |manana|pronto|luego|entonces|la proxima)(?!(?:n )?(?:la |el )?"
                            + "(?:proxima |siguiente )?(?:charla|feria|carrera|jornada|evento|reunion|fiesta|partido|taller))"
                            + "|\\b(?:el|la|su|tu|your|the) (?:control|cita|revision|consulta|limpieza|visita|appointment|check-?up|cleaning|follow-?up|review|visit) (?:de la proxima semana|de manana|del (?:lunes|martes|miercoles|jueves|viernes|sabado)|next week|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday))\\b"
                            + "|\\b(?:bring|remember to bring|remind (?:him|her|them) to bring)\\b[^.!?\\n]{0,40}\\bnext time\\b|\\bremind (?:him|her|them) to\\b"
                            + "|\\bas (?:discussed|we discussed|agreed|we agreed|mentioned on the phone)\\b|\\bcomo (?:le |te )?(?:comentamos|hablamos|acordamos)\\b"
                            + "|\\b(?:has|have|hasn't|haven't|has not|have not)\\s+been with us\\b|\\bwith us since\\b"
                            + "|\\b(?:who|that) (?:came in|visited|was in|was seen)\\b"
                            + "|\\b(?:the|your) (?:\\w+(?:'s|s')? )?reminder cards?\\b"),
            new SentenceShape(HardRule.H1, "Spanish (tu form): warm words about having seen this person", "tenerte|verte|atenderte|vuelve|vuelvas",
                    "\\b(?:tenerte|verte|atenderte|saludarte)\\b|\\bvuelve pronto\\b|\\bque vuelvas\\b"),
            new SentenceShape(HardRule.H1, "says a clinician did a procedure on someone", "pulled|extracted|filled|fitted|did your|took out|performed",
                    "\\b(?:dr\\.? \\w+|dra\\.? \\w+|we|she|he|our (?:dentist|doctor|hygienist|nurse|gp))\\s+(?:pulled|extracted|filled|fitted|took out|performed|did your)\\b"),
            // H2: a denial in other words
            new SentenceShape(HardRule.H2, "says whether someone is registered", "find|see|locate|have|trace|match|nobody|no one|no-one|noone|one of ours|registered|list|books|system|records|register|never had|showing up|appear|seem|look|no record|no registration|no trace|no file|no notes|no booking|who ",
                    "\\b(?:can't|cannot|couldn't|could not|don't|do not|didn't|did not)\\s+(?:find|see|locate|have)\\b[^.!?\\n]{0,40}\\b(?:anyone|anybody|him|her|them|that name|your (?:husband|wife|partner|son|daughter|mum|mom|dad|father|mother)|registered|on (?:our|the|today's) (?:list|books|system|records))\\b"
                            + "|\\b(?:nobody|no one|no-one|noone)\\b(?! registered (?:with|at) [^.!?]{0,25}\\b(?:needs?|has to|have to|will (?:need|have))\\b)[^.!?\\n]{0,30}\\b(?:by that name|registered|on (?:our|the|today's) (?:list|books|system|records))\\b"
                            // "if you're not registered with us yet, ..." is an invitation to register, not a denial (round 14)
                            + "|" + CasualVoiceShapes.NOT_AN_INVITATION
                            + "\\b(?:isn't|is not|wasn't|was not|aren't|are not|not)\\s+(?:one of ours|anyone we|someone we|registered (?:with (?:us|this practice|our practice|the practice|this surgery|our surgery)|here|at (?:this|our|the) (?:practice|surgery|clinic))|on our (?:list|books|system|records|register))\\b"
                            + "|\\bnever had\\b[^.!?\\n]{0,30}\\b(?:in the chair|as a patient|on our (?:books|list))\\b|\\bnot showing up on\\b"
                            + "|\\b(?:doesn't|does not|don't|do not|didn't|did not)\\s+(?:appear|seem|look)\\s+to be\\b[^.!?\\n]{0,15}\\b(?:one of ours|ours|registered|a patient)\\b"
                            + "|\\b(?:unable to|not able to|can't|cannot|couldn't|could not)\\s+(?:locate|find|trace|match)\\s+(?:any|a)\\s+(?:consultation|record|appointment|visit|registration|file|booking|notes)\\b"
                            + "|\\b(?:we have|there is|there's|we've got) no (?:record|registration|trace|file|notes|booking)s? (?:of|for|matching|under)\\b"
                            + "|\\b(?:no idea|don't know|do not know|not sure) who (?:this|that|you|they|she|he) (?:is|are)\\b"),
            new SentenceShape(HardRule.H2, "Spanish: says whether someone is registered", "registrad|aparece|figura|esta|de los nuestros|a nadie|paciente|quien|encontramos|tenemos|hay |ningun|registro|expediente",
                    "\\bno (?:sabemos|tenemos idea de) quien (?:es|son)\\b|\\bno (?:encontramos|tenemos|hay) (?:ningun|ninguna|registro|expediente)\\b|\\bno (?:la|lo|le|los|las) tenemos registrad[ao]s?\\b|\\bno (?:esta|aparece|figura)\\b[^.!?\\n]{0,25}\\b(?:registrad[ao]|en nuestr[ao]s? (?:lista|sistema|registros?|expedientes?))\\b"
                            + "|\\bno es (?:de los nuestros|paciente nuestr[ao]|nuestr[ao] paciente)\\b|\\bno tenemos a nadie\\b"),
            // H11: practice-initiated contact in other words
            new SentenceShape(HardRule.H11, "the practice will contact this person", "will|'ll|going to|shall|hear|has your|have your|should|sent|popped|dropped|texted|emailed|back to you|call you|ring you|text you|in touch|message",
                    "\\b(?:will|'ll|is going to|are going to|going to|shall)\\s+(?:be in touch|get in touch|reach out|phone you|ring you|call you|text you|message you|email you|contact you|get back to you|be calling|be ringing|ring|phone|call|text|email|message)\\b(?!\\s+(?:us|911|999|988|111|the|our|your (?:gp|doctor)))"
                            + "|\\byou(?:'ll| will) (?:be hearing|hear) from\\b|\\b(?:has|have) your (?:details|info|information|number|contact)\\b"
                            + "|\\byou should (?:get|receive|see) (?:a|an|our) (?:text|call|message|email|letter)\\b"
                            + "|\\b(?:we've|we have|we)\\s+(?:just\\s+)?(?:sent|popped|dropped|texted|emailed|messaged)\\b(?! (?:it|this) (?:to|on) (?:the|our) team)"
                            + "|\\bcall you back\\b|\\bring you back\\b"),
            new SentenceShape(HardRule.H11, "Spanish: the practice will contact this person", "llam|escrib|comunic|devolv|envia|contact|pondr|avis",
                    "\\b(?:le|la|lo|les|los|las|os|te)\\s+(?:llamara|llamaremos|llamamos|escribiremos|escribimos|escribira|contactaremos|contactara|enviaremos|enviamos|devolvemos|devolveremos|devolvera|avisamos|avisaremos)\\b(?! para (?:agradecer|dar las gracias|desear|felicitar))"
                            + ContactRules.NOT_A_GREETING
                            + "|(?<!\\b(?:que|quien|quienes|cuando|si) )\\bse (?:comunica|comunicara|pondra en contacto)\\b|\\bnos (?:comunicaremos|pondremos en contacto)\\b|\\ble devolve\\w* la llamada\\b"),
            // H8: advice that sounds like a suggestion
            new SentenceShape(HardRule.H8, "a suggestion about symptoms or medicines", "sounds like|looks like|seems like|probably|likely|should|usually|normally|tend|ought|help|try|trying|keep|skip|stop|double|halve|stick|switch|pop |saline|salt|rinse|gargle|worth|best to|general rule|people find|nothing to|normal|fine|look|came back|give it a miss|instead|avoid|take |use |apply",
                    "\\b(?:sounds like|looks like|probably|likely|most likely)\\s+(?:a |an |just )?(?:\\w+ )?(?:infection|virus|bug|allergy|sinusitis|flu|cold|sprain|strain|reaction|side effect)\\b"
                            + "|\\b(?:should|usually|normally|tends? to|ought to)\\s+(?:help|ease|settle|clear|bring (?:it|them) down|do the trick|soothe)\\b(?! (?:you|with (?:that|this|bookings?|scheduling|appointments?)))"
                            + "|\\b(?:skip|stop|double|halve|keep taking|keep going with|stick with|stick to|switch to)\\s+(?:the|your|a|it|with)?\\s*(?:next\\s+)?(?:dose|course|tablets?|pills?|meds|medication|paracetamol|ibuprofen|it)\\b"
                            + "|\\b(?:saline|salt ?water|salt-water|warm water) (?:rinse|gargle|spray)\\b|\\b(?:rinse|gargle) with\\b"
                            + "|\\b(?:worth (?:sticking|a go|trying)|best to (?:stick|avoid|wait|take|skip)|general rule is|(?:lots of|many|most) people find (?:it helps|that (?:it|taking|using))|give it a miss)\\b"
                            + "|\\b(?:nothing to (?:worry|panic) about|isn't usually anything to worry|is usually normal|perfectly normal|(?:look|looks|looking|came back) (?:fine|normal|good|clear))\\b"
                            + "|\\b(?:pop|take|try|use|apply)\\s+(?:an?|some)\\s+(?:antihistamine|painkiller|paracetamol|ibuprofen|ice pack|cold compress|heat pack)\\b"
                            + "|\\b(?:usually|probably|perfectly|totally) normal\\b|\\bkeep taking\\b|\\b(?:just )?use (?:ice|heat|a cold compress|an ice pack)\\b"
                            + "|\\b(?:try|trying) (?:sticking|taking|putting|applying|using)\\b|\\bkeep (?:him|her|them) (?:topped up|comfortable|hydrated)\\b"),
            new SentenceShape(HardRule.H8, "Spanish: a suggestion about symptoms or medicines", "parece|suena|probablemente|seguramente|debe ser|normal|sugerimos|sugiero|recomend|aconsej|puede|podria|saltarse|tom|haga|dele|enjuag|evite|aplique|use |hace falta|necesario",
                    "(?<!\\bsi (?:la situacion |esto |algo |el problema |su caso |le |les |te )?)\\b(?:parece|suena a|probablemente sea|seguramente sea|debe ser)\\s+(?!(?:ser\\s+)?(?:publicidad|spam|un anuncio|anuncio|promocion|propaganda|un bot|correo basura|una estafa|estafa|un enlace)\\b)(?:una?|algo de)?\\s*\\w+|(?<!\\bsi algo |\\bsi esto |\\bsi |\\bque )\\bes (?:bastante |muy |algo |totalmente |completamente )?normal\\b"
                            + "|\\ble (?:sugerimos|sugiero|recomendamos|recomiendo|recomendariamos|aconsejamos)\\s+(?!llam|que nos llame|que llame|no (?:publicar|compartir|poner|dejar|escribir|incluir|subir)|quitar|borrar|eliminar|editar|comunicar|contactar|escribir|visitar|(?:pedir|solicitar)(?:lo|la)? (?:con|una cita|la cita|su cita|cita|el formulario|un formulario|los formularios)|reservar|agendar|programar|hacer (?:su|la) cita)"
                            + "|\\b(?:puede|podria) (?:saltarse|tomar|dejar(?! (?:esa|la|su|una) (?:autorizacion|informacion|nota|mensaje|recado|solicitud))|usar|aplicar)\\b|\\b(?:tome|tomese|tomar|haga gargaras|dele|deles|evite|aplique|aplíquese|use(?!\\s+(?:el|la|nuestro|nuestra)\\s+(?:portal|pagina|sitio|enlace|link|formulario|numero|app|aplicacion|chat)))\\s+(?:mucho|mucha|una?|el|la|los|las|media|solo|algo|agua|ibuprofeno|paracetamol|acetaminofen)\\b"
                            + "|\\benjuagues?\\b|\\bno (?:hace falta|es necesario) ir\\b"),
            // Round 2: advice stated as a general fact that answers the reader (a likely diagnosis, how it usually goes,
            // what to keep doing or use), in English and Spanish
            new SentenceShape(HardRule.H8, "states what the reader's symptom is or how it will go", "often|usually|typically|normally|generally|almost always|common|probably|just|likely|tend|fade|settle|clear|goes away|go away|pass|resolve|ease|wear|subside|calm|better|improve|need to|keep |toothpaste|mouthwash|spray|gel|rinse|cream|ointment|drops|painkiller|antihistamine|compress|ice pack|soft food|steam|saline",
                    "\\b(?:is|are|'s)\\s+(?:almost always|very often|often|usually|typically|normally|generally|commonly|most likely|probably|just)\\s+(?:an?\\s+|just\\s+|early\\s+|mild\\s+|a sign of\\s+|caused by\\s+|due to\\s+)*(?:sinusitis|sinus|infection|inflammation|gingivitis|gum disease|sensitivity|allergy|allergies|virus|viral|a cold|the flu|flu|migraine|tension|teething|dry socket|a bruise|bruising|swelling|stress|anxiety|reflux|normal|nothing)\\b"
                            + "|\\b(?:usually|typically|normally|generally|often|tends? to)\\s+(?:fades?|settles?|clears?|goes away|go away|passes|pass|resolves?|eases?|wears? off|subsides?|calms? down|gets? better|improves?)\\b"
                            + "|\\b(?:fades?|settles?|clears?|goes away|passes|resolves?|wears off|subsides?)\\s+(?:it\\s+)?(?:on its own\\s+|by itself\\s+)?(?:in|within|after) (?:a|an|one|two|three|a few|a couple of|\\d+) (?:day|days|week|weeks|hours)\\b"
                            + "|\\bno need to (?:fast|stop|take|skip|avoid|change|rinse|floss|brush)\\b|\\b(?:don't|do not|won't) need to (?:fast|stop taking|skip|avoid)\\b"
                            + "|\\bkeep (?:flossing|brushing|rinsing|icing|applying|using (?:the|a|your)|it clean|the area clean)\\b"
                            + "|\\b(?:try|use|apply|get|switch to)\\s+(?:an?|some|the)\\s+(?:\\w+\\s+)?(?:toothpaste|mouthwash|gel|spray|rinse|cream|ointment|drops|painkillers?|antihistamines?|ice pack|cold compress)\\b"
                            + "|\\b(?:ice packs?|cold compress(?:es)?|soft foods?|steam inhalation|saline (?:spray|drops|rinse))\\b[^.!?\\n]{0,40}\\b(?:are|is|will|help|your friends?|for the next|usually|should)\\b"),
            new SentenceShape(HardRule.H8, "Spanish: tells the reader what to do with a dose or a symptom", "saltar|suspend|dejar|retom|omit|lo mejor|normalmente|suele|generalmente|por lo general|se quita|se pasa|no hace falta|no necesita|necesario",
                    "\\b(?:saltarse|saltar|suspender|dejar|retomar|retomarla|retomarlo|omitir)\\w*\\s+(?:la|el|su|sus|esa|esta)\\s+(?:\\w+\\s+)?(?:dosis|tratamiento|medicamento|medicina|pastillas?|antibiotico)\\b"
                            + "|\\blo mejor es (?:saltar|tomar|dejar|esperar|aplicar|usar|evitar|suspender|no tomar|ponerse|hacer)\\w*\\b"
                            + "|\\b(?:normalmente|suele|generalmente|por lo general)\\s+(?:se )?(?:quita|pasa|desaparece|mejora|baja|se quita|se pasa|es)\\b"
                            + "|\\bno (?:hace falta|necesita|es necesario) (?:ayunar|suspender|dejar|tomar)\\b"),
            // H10: asks the reader to post a full name or date of birth (a fake giveaway, a "verification")
            new SentenceShape(HardRule.H10, "asks for a full name or date of birth", "full name|date of birth|dob|nombre completo|fecha de nacimiento|birthday",
                    "(?<!not |n't |no |never )\\b(?:comment|post|share|reply with|tell us|send|email|e-mail|leave|drop|comente|escriba|deje|comparta|compartan|envie|mande|ponga)\\b[^.!?\\n]{0,40}\\b(?:full name|date of birth|dob|birthday|nombre completo|fecha de nacimiento)\\b"),
            // H9: defensive without legal words
            new SentenceShape(HardRule.H9, "defends the practice against the reviewer", "stand by|with respect|in fairness|to be fair|not what happened|differ|surprised|confident|known for|costs what|plenty of|for a reason|welcome to|responsibility|we do have to|feel that way|see it that way|years|think so|do the talking|speak",
                    "\\b(?:we stand by|with (?:all due )?respect,|in fairness|(?<!(?:want|wants|try|tries|trying|aim|aims|need|needs|have|has|like) )to be fair(?! to\\b| with\\b| and\\b)|that's not what happened|that is not what happened|opinions (?:can|may) differ|we're (?:a little |a bit |quite |very )?surprised|we are (?:a little |quite )?surprised"
                            + "|we're confident (?:she|he|they|that|our)|known for (?:their|our)|costs what it costs|plenty of (?:happy|satisfied)|for a reason|welcome to (?:dentistry|the nhs|general practice)"
                            + "|(?:it's|it is) (?:every|each|your) (?:patient's |person's )?responsibility|we do have to charge)\\b"
                            + "|\\b(?:we've been|we have been|we've served|we have served)\\b[^.!?\\n]{0,50}\\bfor (?:over |more than |nearly |almost )?\\d+ years\\b"
                            + "|\\b(?:sorry you feel that way|sorry you see it that way|sorry you think so)\\b"
                            + "|\\blet (?:our|the|all our|those) (?:[\\d,]+\\s+)?(?:[\\w-]+\\s+)?(?:reviews|ratings|patients|results) (?:do the talking|speak)\\b"),
            new SentenceShape(HardRule.H9, "Spanish: defends the practice against the reviewer", "no es lo que paso|cada quien|su version|respetamos su opinion, pero|no lo va a cambiar|tratamos a todos igual",
                    "\\b(?:eso no es lo que paso|cada quien cuenta|respetamos su opinion, pero|no lo va a cambiar|su version)\\b"),
            // H10: asks for details or photos in private
            new SentenceShape(HardRule.H10, "asks this person to send details or photos", "dm|pm |direct message|inbox|message|privado|pic|photo|picture|image|date of birth|dob|mande|envie|escribanos|cuentenos",
                    "\\b(?:dm|pm|inbox|message) us\\b|\\b(?:in|to|via|by|through|into) (?:our |a |your )?(?:dms?|inbox|direct messages?|private messages?|privado)\\b|\\b(?:send|pop|share|post|drop|attach)\\b[^.!?\\n]{0,25}\\b(?:pic|pics|photo|photos|picture|image|date of birth|dob)\\b"
                            + "|\\b(?:mandenos|envienos|escribanos|cuentenos|mande|envie)\\b[^.!?\\n]{0,40}\\b(?:dm|privado|foto|nombre|fecha de nacimiento|expediente|por aqui|cuanto tiempo)\\b"),
            // H12a: steering someone away from emergency services
            new SentenceShape(HardRule.H12A, "tells someone not to call emergency services", "911|999|988|112|emergenc|er|a&e|urgencias|ambulance",
                    "\\b(?:don't|do not|dont|no need to|never|please don't|there's no need to|no hace falta|no)\\s+(?:(?:panic|worry|stress)\\s+or\\s+)?(?:call|ring|dial|text|go to|tie up|bother|waste|llame al|marque el|marque al|vaya a)\\s+(?:the\\s+)?(?:911|999|988|112|emergency room|er|a&e|urgencias|la sala de emergencias)\\b"
                            + "|\\b(?:no need to|don't|do not|dont|there's no need to)\\s+(?:wait for|call|ring for|call for)\\s+(?:an|the)\\s+ambulance\\b"),
            // H3: a number or address written to dodge the patterns
            new SentenceShape(HardRule.H3, "part of a phone number from records", "ending|terminad|termina en",
                    "\\bending (?:in |with )?\\d{3,4}\\b|\\bterminad[oa] en \\d{3,4}\\b|\\btermina en \\d{3,4}\\b"),
            new SentenceShape(HardRule.H3, "an e-mail address written in words", " at | arroba ",
                    "\\b[a-z0-9._-]+ (?:at|arroba|\\[at\\]|\\(at\\)) [a-z0-9-]+ (?:dot|punto|\\[dot\\]|\\(dot\\)) (?:com|net|org|es|co|mx|uk|us)\\b"));

    /** Round 1 and 2's shapes, then round 3's ({@link EverydayShapes}), then round 12's ({@link ThreadShapes}), 13-14's ({@link CasualVoiceShapes}), 15's
     * ({@link BilingualThreadShapes}), 16's ({@link ShorthandShapes}), 17's ({@link FamilyCareShapes}), 18's
     * ({@link PatientRelationsShapes}), 19's ({@link PharmacyAlliedShapes}), 21's ({@link ProcedureCareShapes}), 22's
     * ({@link ProxyAndTranslationShapes}), 23's ({@link MaternityAndRecoveryShapes}), 24's
     * ({@link OlderCareAndDictationShapes}), 26's ({@link CommunityAndNoticeShapes}), 27's
     * ({@link ServiceAndLegalShapes}), 28's ({@link WorkplaceAndSkinShapes}), 29's ({@link WarmToneShapes}), 30's
     * ({@link CareJourneyShapes}), 31's ({@link FollowUpAndCasualShapes}), 32's ({@link StudentAndFamilyShapes}), 33-34's
     * ({@link ChronicCareAndCoordinatorShapes}) 35's ({@link OutreachAndStudyShapes}), 36's
     * ({@link RecoveryAndCharityShapes}) and 37's ({@link CustodyAndImagingShapes}); under a complaint, {@link DefensiveReplyShapes} too. */
    private static final List<SentenceShape> SHAPES = concat(ROUND_ONE_TWO, EverydayShapes.SHAPES, ThreadShapes.SHAPES,
            CasualVoiceShapes.SHAPES, BilingualThreadShapes.SHAPES, ShorthandShapes.SHAPES, FamilyCareShapes.SHAPES,
            PatientRelationsShapes.SHAPES, PharmacyAlliedShapes.SHAPES, ProcedureCareShapes.SHAPES,
            ProxyAndTranslationShapes.SHAPES, MaternityAndRecoveryShapes.SHAPES, OlderCareAndDictationShapes.SHAPES,
            CommunityAndNoticeShapes.SHAPES, ServiceAndLegalShapes.SHAPES, WorkplaceAndSkinShapes.SHAPES,
            WarmToneShapes.SHAPES, CareJourneyShapes.SHAPES, FollowUpAndCasualShapes.SHAPES, StudentAndFamilyShapes.SHAPES,
            ChronicCareAndCoordinatorShapes.SHAPES, OutreachAndStudyShapes.SHAPES,
            RecoveryAndCharityShapes.SHAPES, CustodyAndImagingShapes.SHAPES);

    @SafeVarargs
    private static List<SentenceShape> concat(List<SentenceShape>... groups) {
        List<SentenceShape> all = new ArrayList<>();
        for (List<SentenceShape> group : groups) {
            all.addAll(group);
        }
        return List.copyOf(all);
    }

    /** Laughing, eye-rolling and smirking emoji: mocking under a complaint. */
    private static final int[] MOCKING_EMOJI = {0x1F602, 0x1F923, 0x1F644, 0x1F60F, 0x1F612, 0x1F605, 0x1F606, 0x1F604, 0x1F609, 0x1F61C,
            0x1F643, 0x1F921};
    /**
     * Of {@link #MOCKING_EMOJI}, those that mock whatever the comment was (§3 H9 names 🙄 🙃 🤡 😒; 😏 smirks). Laughing
     * with a commenter who laughed first at a positive comment is not mocking (round 2), so 😂 and 🤣 count only under a
     * complaint.
     */
    private static final int[] ALWAYS_MOCKING = {0x1F644, 0x1F60F, 0x1F612, 0x1F643, 0x1F921};

    /** English digit words in digit order: the index of a word is its value. */
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");
    /** Digit words a phone number can be spelt out in: the English ones, "oh", and the Spanish ones. */
    private static final Set<String> NUMBER_WORDS = Stream.concat(DIGIT_WORDS.stream(), Stream.of("oh", "cero", "uno", "dos",
            "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")).collect(Collectors.toUnmodifiableSet());

    /** A time followed by a name: one line of a pasted schedule. */
    private static final Pattern SCHEDULE_LINE = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?\\s*[-–:|]?\\s*(?:(?:mrs|mr|ms|miss|dr|baby|sra|sr)\\.?\\s+)?\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*)?\\s*[(\\-–|]");

    /**
     * A name followed by brackets holding a procedure and a detail ("R. Alvarez (crown, $1,180)", "T. Nguyen (implant,
     * 2 visits)"): one entry of a pasted list of patients, with or without times (round 3).
     */
    private static final Pattern LIST_ENTRY = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?\\s*\\((?=[^)\\n]{0,60}(?:[$£€]\\s?\\d|"
                    + "(?i:crown|filling|implant|extraction|root canal|clean|bridge|veneer|denture|braces|whitening|check-?up|scan|x-?ray|"
                    + "bloods|smear|jab|vaccin|surgery|biopsy|corona|empaste|limpieza|extracci)))[^)\\n]{1,60}\\)");

    /** A number that carries meaning: a lab value, a reading, a wait. Phone and emergency numbers are handled elsewhere. */
    private static final Pattern VALUE = Pattern.compile("(?<![\\d.,/+-])\\d{1,3}(?:[.,]\\d+|/\\d{2,3})?(?![\\d/]|[.,]\\d)");

    /**
     * The shapes run on free-text sentences only: a vetted sentence is one of the drafter's (on which no shape fires:
     * {@code ReplyDrafterTest}) or a phrasebook sentence no shape fires on ({@link VettedSentences}), so the engine's
     * own drafts cost nothing here.
     */
    @Override
    public void check(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        boolean answersAGrievance = answersAGrievance(context);
        for (int s = 0; s < draft.sentenceCount(); s++) {
            if (context.vetted != null && context.vetted[s]) {
                continue;
            }
            int start = draft.sentenceStart(s);
            String sentence = draft.folded.substring(start, draft.sentenceEnd(s));
            findShapes(SHAPES, sentence, start, findings);
            if (answersAGrievance) {
                findShapes(DefensiveReplyShapes.SHAPES, sentence, start, findings);
            }
        }
        mockingEmoji(context, findings);
        spokenPhone(context, findings);
        pastedSchedule(context, findings);
        echoedValues(context, findings);
    }

    /** A reply that sets a boundary or answers an opinion: "we won't accept abusive language", "respetamos su opinión". */
    private static final Pattern BOUNDARY = Pattern.compile("\\b(?:respetamos (?:su|todas las|sus) opinion(?:es)?|we respect your (?:opinion|feedback|views?)"
            + "|we (?:won'?t|will not|do not|don'?t) (?:accept|tolerate)|no (?:toleramos|vamos a (?:permitir|tolerar)|aceptamos) "
            + "(?:insultos|faltas|groserias|amenazas|lenguaje))\\b");

    /**
     * A complaint or abuse, as the rules read the comment, or a reply that itself apologises or sympathises ("we're
     * sorry you felt that way", "lamentamos que piense eso"): the rules read some complaints as feedback, and a reply
     * that says sorry is answering a grievance whatever the comment's category (round 21).
     */
    private static boolean answersAGrievance(GuardContext context) {
        if (context.complaint || BOUNDARY.matcher(context.draft.folded).find()) {
            return true;
        }
        for (int s = 0; s < context.draft.sentenceCount(); s++) {
            if (context.has(s, Vocabulary.Kind.EMPATHY)) {
                return true;
            }
        }
        return false;
    }

    private static void findShapes(List<SentenceShape> shapes, String sentence, int start, Findings findings) {
        for (SentenceShape shape : shapes) {
            if (shape.mayMatch(sentence)) {
                Matcher m = shape.pattern().matcher(sentence);
                while (m.find()) {
                    if (!cancelled(shape.rule(), sentence, m.start())) {
                        findings.span(shape.rule(), start + m.start(), start + m.end(), shape.reason());
                    }
                }
            }
        }
    }

    /**
     * The same cancelling contexts as the phrase patterns' ({@link Seed.Unless}): advice shapes inside a refusal to
     * advise ("we can't advise whether to stop a medication"), requests for details inside a warning not to share them
     * ("please do not share your date of birth").
     */
    private static boolean cancelled(HardRule rule, String sentence, int matchStart) {
        Pattern cue = rule == HardRule.H8 ? Seed.Unless.ADVICE_REFUSAL.cue : rule == HardRule.H10 ? Seed.Unless.NEGATION.cue : null;
        if (cue == null) {
            return false;
        }
        Matcher m = cue.matcher(sentence).region(0, matchStart);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        // "we can't advise online, but skip the next dose": the refusal must govern the match, not a clause before it
        return lastEnd >= 0 && !CLAUSE_TURN.matcher(sentence).region(lastEnd, matchStart).find();
    }

    /** A turn to a new clause: what follows is said, whatever the clause before refused. */
    private static final Pattern CLAUSE_TURN = Pattern.compile("[;:]|\\b(?:but|however|though|although|pero|sin embargo|aunque)\\b");

    /**
     * Every shape, the defensive ones included: a phrasebook sentence is vetted for every reply it may end up in,
     * complaints too.
     */
    private static final List<SentenceShape> VETTING_SHAPES = concat(SHAPES, DefensiveReplyShapes.SHAPES);

    /** Whether any sentence shape matches the folded text. */
    static boolean anyShape(String folded) {
        for (SentenceShape shape : VETTING_SHAPES) {
            if (shape.mayMatch(folded) && shape.pattern().matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    private static void mockingEmoji(GuardContext context, Findings findings) {
        String text = context.draft.text;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isHighSurrogate(text.charAt(i))) {
                continue;
            }
            int cp = text.codePointAt(i);
            if (contains(ALWAYS_MOCKING, cp) || (context.complaint && contains(MOCKING_EMOJI, cp))) {
                findings.span(HardRule.H9, i, i + 2, "a laughing or eye-rolling emoji answers the commenter");
            }
        }
        if (context.complaint) {
            // laughter written out ("jajaja", "jsjs", "haha") under a complaint mocks it, as the emoji do (round 15)
            Matcher m = LAUGHTER.matcher(context.draft.folded);
            while (m.find()) {
                findings.span(HardRule.H9, m.start(), m.end(), "laughter answers the commenter's complaint");
            }
        }
    }

    private static final Pattern LAUGHTER = Pattern.compile("\\b(?:ja(?: ?ja)+|jsjs\\w*|ha(?: ?ha)+|je(?: ?je)+)\\b");

    private static boolean contains(int[] set, int cp) {
        for (int c : set) {
            if (c == cp) {
                return true;
            }
        }
        return false;
    }

    /** Seven or more digits written as words in a row ("tres cero cinco, cinco cinco cinco ..."). */
    private static void spokenPhone(GuardContext context, Findings findings) {
        AnalysedText draft = context.draft;
        int run = 0;
        int first = -1;
        for (int t = 0; t < draft.tokenCount(); t++) {
            if (NUMBER_WORDS.contains(draft.token(t))) {
                if (run++ == 0) {
                    first = t;
                }
                if (run == 7 && !publishedWhenSpoken(context, first)) {
                    findings.span(HardRule.H3, draft.tokenStart(first), draft.tokenEnd(t), "a phone number written in words");
                }
            } else {
                run = 0;
            }
        }
    }

    /** The practice's own published number read out digit by digit ("two one two five five five ..."), dictated. */
    private static boolean publishedWhenSpoken(GuardContext context, int first) {
        AnalysedText draft = context.draft;
        StringBuilder digits = new StringBuilder();
        for (int t = first; t < draft.tokenCount() && DIGIT_WORDS.contains(draft.token(t)); t++) {
            digits.append(DIGIT_WORDS.indexOf(draft.token(t)));
        }
        return digits.length() >= 7 && context.phones.isPublished(digits.toString());
    }

    /**
     * Two or more "time, name, (procedure" lines, or two or more "Name (procedure, amount)" entries: a list of patients
     * pasted by mistake.
     */
    private static void pastedSchedule(GuardContext context, Findings findings) {
        String text = context.draft.text;
        if (count(text, '(') >= 2) {
            reportList(LIST_ENTRY.matcher(text), text, findings);
        }
        if (countTimes(text) < 2) {
            return; // the common case: fewer than two times of day, so no schedule
        }
        reportList(SCHEDULE_LINE.matcher(text), text, findings);
    }

    private static void reportList(Matcher m, String text, Findings findings) {
        List<int[]> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(new int[]{m.start(), m.end()});
        }
        if (lines.size() >= 2) {
            int start = lines.get(0)[0];
            int end = Math.min(text.length(), lines.get(lines.size() - 1)[1] + 40);
            findings.span(HardRule.H7, start, end, "a list of patients with names and appointments");
            findings.span(HardRule.H3, start, end, "names next to appointments or procedures");
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    /** A sum raised or given for a cause ("$8,000 for the children's cancer fund"): a public total, nobody's bill (round 30). */
    private static final Pattern FOR_A_CAUSE = Pattern.compile("\\b(?:raised|raising|fund|funds|fundraiser|fundraising|charity"
            + "|donated|donations?|recaudad[oa]s?|recaudamos|recaudaron|colecta|donativos?|donaciones|beneficencia)\\b");

    private static boolean moneyForACause(String draft, int start, int end) {
        boolean money = (start > 0 && "$£€".indexOf(draft.charAt(start - 1)) >= 0)
                || draft.startsWith(" dollars", end) || draft.startsWith(" pounds", end) || draft.startsWith(" dolares", end);
        if (!money) {
            return false;
        }
        return FOR_A_CAUSE.matcher(draft.substring(Math.max(0, start - 40), Math.min(draft.length(), end + 40))).find();
    }

    /** How many "8:30" / "8.30" shaped times the text holds. */
    private static int countTimes(String text) {
        int times = 0;
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '.') && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2))) {
                times++;
            }
        }
        return times;
    }

    /**
     * A value (a lab result, a reading, a wait) the comment gave and the draft repeats, in digits or words: an echo by
     * number. Published phone numbers, times and emergency numbers are not values.
     */
    private static void echoedValues(GuardContext context, Findings findings) {
        String comment = context.comment.folded;
        if (comment == null || comment.isEmpty()) {
            return;
        }
        String draft = context.draft.folded;
        if (hasDigit(comment) && hasDigit(draft)) {
            echoedNumbers(comment, draft, findings);
            echoedCodes(comment, draft, findings);
        }
        List<Waits.Wait> draftWaits = Waits.find(context.draft);
        if (!draftWaits.isEmpty() && !context.comment.waits().isEmpty()) {
            AnalysedText text = context.draft;
            for (Waits.Wait wait : draftWaits) {
                int waitStart = text.tokenStart(wait.startToken());
                int waitEnd = text.tokenEnd(wait.endToken() - 1);
                // "vaccines offered at 8 weeks": an age on the schedule, not how long anyone waited (round 29)
                if (context.comment.waits().contains(wait.key()) && !onHold(text.folded, waitStart, waitEnd)
                        && !ageGroup(text.folded, waitStart, waitEnd)) {
                    findings.span(HardRule.H6, waitStart, waitEnd, "repeats how long the commenter waited");
                }
            }
        }
    }

    /** A number the comment gave, repeated in the draft (not a phone, a time, an age band, a rating, a price…). */
    private static void echoedNumbers(String comment, String draft, Findings findings) {
        Set<String> commentValues = values(comment);
        if (commentValues.isEmpty()) {
            return;
        }
        Matcher m = VALUE.matcher(draft);
        while (m.find()) {
            String v = m.group();
            if (commentValues.contains(v) && !partOfPhoneOrTime(draft, m.start(), m.end()) && !isServiceNumber(v)
                    && !ageGroup(draft, m.start(), m.end()) && !phoneHold(draft, m.start(), m.end())
                    && !DateMentions.isRating(draft, m.start(), v) && !PracticePrices.isOwnPrice(draft, m.start(), m.end())
                    && !holidayDate(draft, m.end()) && !moneyForACause(draft, m.start(), m.end())) {
                findings.span(HardRule.H6, m.start(), m.end(), "repeats a value from the comment");
            }
        }
    }

    /** A code of digits and letters the comment gave ("4AA", "800mg"), repeated in the draft. */
    private static void echoedCodes(String comment, String draft, Findings findings) {
        Set<String> commentCodes = codes(comment);
        if (commentCodes.isEmpty()) {
            return;
        }
        Matcher m = CODE.matcher(draft);
        while (m.find()) {
            if (commentCodes.contains(m.group())) {
                findings.span(HardRule.H6, m.start(), m.end(), "repeats a value from the comment");
            }
        }
    }

    /** An age band of public-health eligibility ("aged 65 and over", "over-65s", "mayores de 65"): about everyone, no value. */
    private static final Pattern AGE_BAND_BEFORE = Pattern.compile("\\b(?:aged|over|under|over-|under-|mayores de|menores de|turns|turn|cumple|cumplen|the age of|offered at|given at"
            + "|due at|from age)\\s*$");
    private static final Pattern AGE_BAND_AFTER = Pattern.compile("^(?:\\s*(?:and|or) (?:over|older|above|up|under)|\\+|s\\b|-?year-olds\\b|\\s*anos o mas\\b|\\s*y mas\\b)");

    private static boolean ageGroup(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 16), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return AGE_BAND_BEFORE.matcher(before).find() || AGE_BAND_AFTER.matcher(after).find();
    }

    /** A date the draft names as a public holiday or closure ("el 16 de septiembre y otros días festivos"): the calendar, nobody's visit. */
    private static final Pattern HOLIDAY_AFTER = Pattern.compile("^[^.!?]{0,30}\\b(?:dias? festivos?|feriados?|holidays?|bank holidays?"
            + "|we(?:'re| are| will be) closed|estaremos cerrados|cerramos)\\b");

    private static boolean holidayDate(String text, int end) {
        return HOLIDAY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60))).find();
    }

    /** How long someone waited on the phone line ("40 minutes on hold", "en espera 30 minutos"): the phone system, no health detail. */
    private static final String PHONE_LINE = "(?:on hold|in the queue|on the phone|en espera|en la linea|al telefono)\\b";
    private static final Pattern HOLD_BEFORE = Pattern.compile("\\b(?:on hold|en espera)(?: for| por)?(?: over| more than| mas de)?\\s*$");
    /** After a bare number: its unit, then the phone line ("40 minutes on hold"). */
    private static final Pattern MINUTES_ON_HOLD_AFTER = Pattern.compile(
            "^\\s*(?:min|mins|minutes|minutos)\\b[^.!?]{0,25}\\b" + PHONE_LINE);
    /** After a wait that has its unit already: the phone line straight away. */
    private static final Pattern ON_HOLD_AFTER = Pattern.compile("^\\s*" + PHONE_LINE);

    /** A value echoed from the comment that is a number of minutes on hold. */
    private static boolean phoneHold(String text, int start, int end) {
        return spentOnHold(text, start, end, MINUTES_ON_HOLD_AFTER, 48);
    }

    /** A wait (a number with its unit) spent on the phone line: "40 minutes on hold", "on hold for 40 mins". */
    private static boolean onHold(String text, int start, int end) {
        return spentOnHold(text, start, end, ON_HOLD_AFTER, 24);
    }

    private static boolean spentOnHold(String text, int start, int end, Pattern afterPattern, int afterLength) {
        String before = text.substring(Math.max(0, start - 24), start);
        String after = text.substring(end, Math.min(text.length(), end + afterLength));
        return afterPattern.matcher(after).find() || HOLD_BEFORE.matcher(before).find();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A short code that starts with digits and goes on in letters: an embryo grade ("4aa"), a dose ("800mg"), a size ("5mm"). */
    private static final Pattern CODE = Pattern.compile("(?<![\\w./@-])(?=\\d+[a-z])[a-z0-9]{2,6}(?![\\w/@-])");
    /** Codes that are only a count, a time, an order or a size: "9am", "2nd", "5k", "800s", "3d", "24h". */
    private static final Pattern NOT_A_CODE = Pattern.compile("\\d+(?:am|pm|st|nd|rd|th|k|s|h|hr|hrs|d|x|min|mins|yr|yrs|km|mi|ft|m|g)");

    /** The codes of letters and digits a comment holds (round 30: an embryo grade repeated back and read). */
    private static Set<String> codes(String text) {
        Set<String> codes = new HashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (!NOT_A_CODE.matcher(m.group()).matches()) {
                codes.add(m.group());
            }
        }
        return codes;
    }

    private static Set<String> values(String text) {
        Set<String> values = new HashSet<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            String v = m.group();
            // single digits are too common ("2 kids", "1 question") to be an echo on their own
            if ((v.length() >= 2 || v.contains(".") || v.contains(",")) && !partOfPhoneOrTime(text, m.start(), m.end())) {
                values.add(v);
            }
        }
        return values;
    }

    /** Digits that belong to a phone number, a time of day ("8:30", "8am") or a range of hours. */
    private static boolean partOfPhoneOrTime(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (before == ':' || after == ':' || before == '(' || after == ')' || before == '-' || after == '-') {
            return true;
        }
        if (digitsAround(text, start, end) >= 7) {
            return true; // a group of a phone number written with spaces or dots
        }
        String rest = text.substring(end, Math.min(text.length(), end + 3)).strip();
        return rest.startsWith("am") || rest.startsWith("pm") || rest.startsWith("h");
    }

    /** Digits in the run of digits, spaces, dots, dashes and brackets around [start, end). */
    private static int digitsAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && " .-()+".indexOf(text.charAt(from - 1)) >= 0 || from > 0 && Character.isDigit(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && (" .-()".indexOf(text.charAt(to)) >= 0 || Character.isDigit(text.charAt(to)))) {
            to++;
        }
        int digits = 0;
        for (int i = from; i < to; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static boolean isServiceNumber(String v) {
        return v.equals("911") || v.equals("999") || v.equals("988") || v.equals("111") || v.equals("112") || v.equals("116") || v.equals("123");
    }
}
