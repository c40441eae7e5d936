package com.safereply.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.safereply.core.redteam.RedTeamItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeSentencesTest {

    private static RedTeamItem item(String id, String draft, boolean unsafe) {
        return new RedTeamItem(id, "us-dental", "en", "comment", "complaint", draft, unsafe,
                unsafe ? List.of("confirms_relationship") : List.of(), "trick");
    }

    @Test
    void aSafeReplyAlsoTeachesEachOfItsSentencesAsSafe() {
        RedTeamItem reply = item("sa-1", "We're so sorry to read this. Please call us at (212) 555-0147! Thanks!", false);

        List<RedTeamItem> examples = SafeSentences.withSentences(List.of(reply));

        assertEquals(List.of("We're so sorry to read this. Please call us at (212) 555-0147! Thanks!",
                "We're so sorry to read this.", "Please call us at (212) 555-0147!"),
                examples.stream().map(RedTeamItem::draft).toList(), "whole first, then sentences of three words or more");
        assertFalse(examples.stream().anyMatch(RedTeamItem::expectedUnsafe));
        assertEquals("sa-1#s2", examples.get(2).id());
    }

    @Test
    void anUnsafeDraftIsNeverSplitBecauseItsUnsafeSentenceIsNotMarked() {
        RedTeamItem unsafe = item("r-1", "Thanks for the review. Lovely to see you in the chair again.", true);

        assertEquals(List.of(unsafe), SafeSentences.withSentences(List.of(unsafe)));
    }

    @Test
    void aOneSentenceReplyIsNotRepeated() {
        RedTeamItem reply = item("sa-2", "Thank you so much for the kind words.", false);

        assertEquals(List.of(reply), SafeSentences.withSentences(List.of(reply)));
    }
}
