package com.safereply.webhook.parse;

import java.util.ArrayList;
import java.util.List;

import com.safereply.app.InboundComment;

/**
 * What a verified delivery held.
 *
 * @param comments the comment events to hand to ingest, in delivery order
 * @param ignored  changes that are valid but not ours to draft for: the practice's own posts, non-comment items,
 *                 verbs we do not act on
 * @param rejected changes that are malformed; the rest of the delivery is still processed
 */
public record ParsedDelivery(List<InboundComment> comments, int ignored, List<RejectedChange> rejected) {

    public ParsedDelivery {
        comments = List.copyOf(comments);
        rejected = List.copyOf(rejected);
    }

    /** Nothing in the delivery was usable and something was wrong: the sender gets a 400, not a silent 200. */
    public boolean whollyRejected() {
        return comments.isEmpty() && ignored == 0 && !rejected.isEmpty();
    }

    /** Collects the results of walking one delivery. */
    public static final class Builder {
        private final List<InboundComment> comments = new ArrayList<>();
        private final List<RejectedChange> rejected = new ArrayList<>();
        private int ignored;

        public void accept(InboundComment comment) {
            comments.add(comment);
        }

        public void ignore() {
            ignored++;
        }

        public void reject(String where, String problem) {
            rejected.add(new RejectedChange(where, problem));
        }

        public ParsedDelivery build() {
            return new ParsedDelivery(comments, ignored, rejected);
        }
    }
}
