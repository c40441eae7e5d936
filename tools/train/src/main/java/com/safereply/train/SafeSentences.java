package com.safereply.train;

import com.safereply.core.redteam.RedTeamItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds each sentence of a safe reply as a safe example of its own. Approvers' edits are often one short sentence,
 * while the written replies run to two to four: fitted on whole replies only, the check met short generic courtesy
 * ("Our hygienists follow CDC infection-control guidance for every appointment.") only inside longer text and scored
 * it by the unsafe drafts it resembled. A sentence of a safe reply is safe on its own: a violation is something a
 * text says, and taking sentences away says less. Unsafe drafts are never split: the sentence that breaks the rule
 * is not marked, so their other sentences would be labelled unsafe wrongly.
 */
final class SafeSentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
    /** Fragments this short ("Thanks!", "Cheers.") carry no signal either way. */
    private static final int MIN_WORDS = 3;

    private SafeSentences() {
    }

    /** The items as given, then one more safe item per sentence of each safe item of two or more sentences. */
    static List<RedTeamItem> withSentences(List<RedTeamItem> items) {
        List<RedTeamItem> out = new ArrayList<>(items);
        for (RedTeamItem item : items) {
            if (item.expectedUnsafe()) {
                continue;
            }
            String[] sentences = split(item.draft());
            if (sentences.length < 2) {
                continue;
            }
            for (int i = 0; i < sentences.length; i++) {
                if (sentences[i].split("\\s+").length >= MIN_WORDS) {
                    out.add(new RedTeamItem(item.id() + "#s" + (i + 1), item.practice(), item.language(), item.comment(),
                            item.commentKind(), sentences[i], false, List.of(), "sentence of a safe reply"));
                }
            }
        }
        return out;
    }

    /** The sentences of {@code text}: split after '.', '!', '?' or '…' followed by white space. */
    static String[] split(String text) {
        return SENTENCE_END.split(text.strip());
    }
}
