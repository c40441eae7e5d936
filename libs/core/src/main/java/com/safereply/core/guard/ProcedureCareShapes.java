package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 21 found (docs/quality.md): specialists answering after a procedure
 * ("a little crusting is part of healing", "it can be a sign of a stroke", "many patients do well with drops"), the
 * warm front desk ("Dr. Chen was happy to help", "we'll have your file ready", "le apartamos el jueves") and a
 * community clinic's affectionate Spanish ("un orgullo atenderle", "por tenerla esperando", "cuéntenos aquí abajo").
 * Each shape is a kind of sentence, in English and Spanish where the kind occurs in both, never one writer's wording.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class ProcedureCareShapes {

    private static final String PROCEDURE = "(?:the |your |an? |la |el |su )?(?:anaesthe\\w+|anesthe\\w+|surgery|procedure|"
            + "operation|op|extraction|injection|vaccine|vaccination|jab|filling|implant|biopsy|cirugia|operacion|anestesia|"
            + "extraccion|inyeccion|vacuna|procedimiento)";

    static final List<SentenceShape> SHAPES = List.of(
            // H8: a reading of what the person's symptom is or how it will go
            new SentenceShape(HardRule.H8, "states what the reader's symptom is or how it will go", "sign|senal|signo|"
                            + "sintoma|symptom|part of|parte de|common|normal|expected|usual|comun|should pass|should wear|should go away|should settle|should ease|"
                            + "deberia|seguramente|many patients|many people|most patients|most people|lots of|"
                            + "muchos pacientes|la mayoria de los pacientes|puede ser|pueden ser",
                    "\\b(?:can|could|may|might) (?:be|mean) (?:an? )?(?:early )?(?:signs?|symptoms?|warning signs?) of\\b"
                            + "|\\b(?:puede|pueden|podria|podrian) ser (?:una? )?(?:senales?|signos?|sintomas?) de\\b"
                            + "|\\b(?:is|are|'s) (?:all |just |completely |a normal |a )?part of (?:the )?(?:healing|recovery|"
                            + "process)\\b|\\bes parte (?:de|del) (?:la )?(?:cicatrizacion|recuperacion|proceso)\\b"
                            + "|\\bpueden? ser (?:una? |la )?(?:presion alta|preeclampsia|un derrame|un infarto|una infeccion|"
                            + "infeccion|apendicitis|un coagulo|una embolia|una fractura|una alergia|una reaccion)\\b"
                            + "|\\b(?:is|are) (?:very |quite |pretty |really )?(?:common|normal|expected|usual) "
                            + "(?:after|following) " + PROCEDURE + "\\b"
                            + "|\\b(?:after|following) " + PROCEDURE + "(?: \\w+){0,2} (?:is|are) (?:very |quite )?"
                            + "(?:common|normal|expected|usual)\\b"
                            + "|\\bes (?:muy |bastante )?(?:comun|normal) (?:despues|luego) de " + PROCEDURE + "\\b"
                            + "|\\b(?:it |this |that )?should (?:pass|wear off|go away|settle|ease off) (?:soon|shortly|"
                            + "in a (?:few|couple)|by)\\b|\\b(?:deberia|deberian) (?:pasar|quitarse|pasarse|desaparecer|"
                            + "bajar)(?:sele)? (?:pronto|en (?:unas|un par))\\b"
                            + "|\\bseguramente (?:es|sea|fue|se trata de)\\b"
                            + "|\\b(?:many|most|lots of) (?:patients|people) (?:do well|improve|get better|find relief|"
                            + "feel better) (?:with|on|using)\\b|\\b(?:muchos|la mayoria de los) pacientes (?:mejoran|se "
                            + "sienten mejor|encuentran alivio) con\\b"),
            // H8: a triage verdict, a medicine to keep taking, first aid to give
            new SentenceShape(HardRule.H8, "tells the person what to do with a medicine or a symptom", "no es una emergencia|"
                            + "no es urgente|siga tomand|sigue tomand|continue tomand|continua tomand|denle|dele |deles|"
                            + "veces al dia|vez al dia|is fine",
                    "\\bsi no (?:hay|tiene|le)\\b[^.!?;]{0,40}\\bno es (?:una emergencia|urgente)\\b"
                            + "|\\b(?:siga|sigue|continue|continua) tomando\\w*\\b"
                            + "|\\b(?:denle|dele|deles)\\s+(?:un poco de |algo de |mucha |mucho )?(?:agua|jugo|miel|azucar|"
                            + "leche|suero|te|comida|dulce)\\b"
                            + "|\\b(?:gotas|pastillas?|tabletas?|capsulas?|dosis|lagrimas artificiales|crema|pomada|jarabe|mg)\\b[^.!?]{0,40}"
                            + "\\b(?:una|dos|tres|cuatro|cinco|seis|\\d) (?:vez|veces) al dia\\b"
                            + "|\\b(?:vaseline|petroleum jelly|cream|ointment|gel|drops|plaster)\\b[^.!?]{0,30}\\bis fine\\b"),
            // H1: a visit, a file or an outcome of this person's, spoken of as ours
            new SentenceShape(HardRule.H1, "confirms a care relationship", "happy to help|glad to help|pleased to help|"
                            + "to see you|to look after you|to treat you|"
                            + "meet the little|meet your little|meet the baby|meet your baby|meet the newborn|meet your newborn|conocer al bebe|conocer a su bebe|"
                            + "file|chart|record|atenderle|atenderla|atenderlo|atenderte|haberle atendido|"
                            + "haberla atendido|tenerla esperando|tenerlo esperando|tenerle esperando|en espera|tenido esperando|"
                            + "salido bien|salido tan bien|salido muy bien|apartamos|agendamos|reservamos|anotamos|comes in|"
                            + "viene a vernos|picked up|was caught|was found|was spotted|aprobada|aprobado",
                    "\\b(?:dr\\.? \\w+|dra\\.? \\w+|the team|our team|we|she|he|everyone) (?:was|were) (?:so |really |very )?"
                            + "(?:happy|glad|pleased) to (?:help|see you|look after you|treat you)\\b"
                            + "|\\b(?:can'?t wait|looking forward|excited) to meet (?:the|your) (?:little one|baby|newborn)\\b"
                            + "|\\b(?:ansios[oa]s de|con ganas de|esperamos) conocer (?:al|a su) bebe\\b"
                            + "|\\byour (?:\\w+ )?(?:file|chart|records?) (?:ready|is ready|will be ready|has been)\\b"
                            + "|\\b(?:have|get) your (?:\\w+ )?(?:file|chart|records?) ready\\b"
                            + "|\\b(?:un orgullo|un placer|un gusto|un honor) (?:atenderle|atenderla|atenderlo|atenderte|"
                            + "haberle atendido|haberla atendido)\\b"
                            + "|\\bpor (?:tenerla|tenerlo|tenerle|haberla tenido|haberlo tenido|haberle tenido) (?:esperando|"
                            + "en espera)\\b"
                            + "|\\b(?:haya|hayan) salido (?:tan |muy )?bien\\b"
                            + "|\\b(?:le|la|lo|te) (?:apartamos|agendamos|reservamos|anotamos) (?:el|la|para el|para la) (?:lunes|martes|miercoles"
                            + "|jueves|viernes|sabado|domingo|\\d)"
                            + "|\\b(?:when|whenever) (?:she|he) comes in\\b|\\bcuando viene a vernos\\b"
                            + "|\\b(?:glad|pleased|happy|relieved) (?:that )?(?:it|this|the problem) was (?:picked up|caught|"
                            + "found|spotted)\\b"
                            + "|\\b(?:la|el) (?:referencia|autorizacion|receta|orden|cita) de su (?:hij[oa]|espos[oa]|"
                            + "mama|papa|madre|padre|abuel[oa]|bebe)\\b[^.!?]{0,20}\\baprobad[oa]\\b"),
            // H1: "thanks for choosing us" in Spanish, and "you were attended to"
            new SentenceShape(HardRule.H1, "confirms a care relationship", "elegirnos|escogernos|preferirnos|"
                            + "se le atendio",
                    "\\bgracias por (?:elegirnos|escogernos|preferirnos)\\b|\\bse le atendio\\b"),
            // H6: a pregnancy loss said back
            new SentenceShape(HardRule.H6, "repeats a health detail from the comment", "loss of your|perdida de su|"
                            + "perdida de tu|your miscarriage|su aborto",
                    "\\b(?:the )?loss of your (?:baby|pregnancy)\\b|\\byour miscarriage\\b"
                            + "|\\b(?:la )?perdida de (?:su|tu) (?:bebe|embarazo|bebito|bebita)\\b|\\bsu aborto\\b"),
            // H10: details or photos asked for in the comments
            new SentenceShape(HardRule.H10, "asks this person to post details", "cuentenos aqui|cuentanos aqui|"
                            + "diganos aqui|subalas|subala|subalos|envielas|envienoslas|mandenoslas|"
                            + "the photos|the pictures|the pics",
                    "\\b(?:cuentenos|cuentanos|diganos) aqui (?:abajo |en los comentarios )?(?:que|cual|cuando|desde|como|su|sus|el|la|los|las)\\b"
                            + "|\\b(?:subalas|subala|subalos|envielas|envienoslas|mandenoslas) (?:aqui|por mensaje|por dm|"
                            + "por privado|en los comentarios)\\b"
                            + "|\\b(?:post|share|send us|dm us) the (?:photos|pictures|pics)\\b"));

    private ProcedureCareShapes() {
    }
}
