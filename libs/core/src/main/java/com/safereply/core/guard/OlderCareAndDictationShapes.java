package com.safereply.core.guard;

import com.safereply.core.model.HardRule;

import java.util.List;

/**
 * Sentence shapes for the kinds red-team round 24 found (docs/quality.md): older people's care ("saludos a su
 * esposo", "pacientes tan fieles como ustedes"), travel clinics ("you can take them as normal", "fine for most people"),
 * and replies dictated into a phone ("how far you've come", "had an emergency come in",
 * "mejor evítelas", "deje de tomarla", "a lot of people alternate"). Each shape is a kind of sentence, in English and
 * Spanish where the kind occurs in both.
 *
 * <p>Like {@link EverydayShapes} these run on the folded text (lower case, no accents) of free-text sentences only,
 * each behind its clue words.
 */
final class OlderCareAndDictationShapes {

    private static final String RELATIVE = Relatives.ANY;

    static final List<SentenceShape> SHAPES = List.of(
            // H1: the reader's care as ours
            new SentenceShape(HardRule.H1, "confirms a care relationship", "tan fieles|tan leales|tan queridos|patients like you|"
                            + "clients like you|far you've come|far you have come",
                    "\\bpacientes tan (?:fieles|leales|queridos) como (?:usted|ustedes)\\b"
                            + "|\\b(?:patients|clients) like (?:you|yourself)\\b"
                            + "|\\bhow far you(?:'ve| have) come\\b"),
            // H7: a relative greeted, another patient's emergency given as the excuse
            new SentenceShape(HardRule.H7, "mentions another person's care", "saludos a su|un abrazo a su|besos a su|say hi to your|"
                            + "say hello to your|love to your|an emergency come in|emergency patient|emergency case",
                    "\\b(?:saludos|un abrazo|besos) a su " + RELATIVE + "\\b|\\b(?:say hi|say hello|our love|love) to your "
                            + RELATIVE + "\\b"
                            + "|\\b(?:had|was dealing with|was called to|got) an emergency (?:come in|patient|case)\\b"),
            // H8: a medicine allowed, stopped or alternated; a symptom called harmless
            new SentenceShape(HardRule.H8, "tells the person what to do with a medicine or a symptom", "as normal|as usual|"
                            + "fine for|fine four|mejor evit|mejor no|mejor suspend|mejor dejel|deje de tomarl|alternate|"
                            + "harmless|swear by",
                    "\\byou can (?:take|keep taking) (?:them|it|your \\w+) as (?:normal|usual)\\b"
                            + "|\\bis (?:generally |usually |normally )?fine (?:for|four) (?:a few days|most people|most adults|"
                            + "short periods)\\b"
                            + "|\\bmejor (?:evitel[oa]s?|evite(?:l[oa]s?)?(?! publicar| compartir| poner| escribir| dar)|no (?:la|lo|las|los) tome"
                            + "|suspendal[oa]s?|dejel[oa]s?)\\b"
                            + "|\\bdeje de tomarl[oa]s?\\b"
                            + "|\\b(?:a lot of|lots of|many|most) (?:people|patients) (?:alternate|swear by)\\b"
                            + "|\\b(?:are|is) (?:usually|generally|often) harmless\\b"));

    private OlderCareAndDictationShapes() {
    }
}
