package com.safereply.local;

import com.safereply.publish.ApprovalStreamProcessor;

import com.safereply.notify.DraftStreamProcessor;
import com.safereply.store.stream.ChangeRecord;
import com.safereply.triage.CommentStreamProcessor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The functions on the table's stream, as the local poller runs them: what Lambda does with one event source mapping
 * per function. Each function sees every record and filters itself (its processor ignores other items, as its
 * template filter would).
 */
@FunctionalInterface
interface StreamConsumers {

    /** @return the sequence numbers of the records some consumer failed on (retried later; both are idempotent) */
    List<String> process(List<ChangeRecord> records);

    /**
     * Triage first, then notify: a draft triage writes reaches notify through its own stream record on a later read,
     * as in AWS.
     */
    static StreamConsumers triageThenNotify(CommentStreamProcessor triage, DraftStreamProcessor notify) {
        return records -> {
            Set<String> failed = new LinkedHashSet<>(triage.process(records).failedSequenceNumbers());
            failed.addAll(notify.process(records).failedSequenceNumbers());
            return List.copyOf(failed);
        };
    }

    /** Then publish: an approval is a draft change like any other, and publishing ignores everything else. */
    static StreamConsumers triageNotifyPublish(CommentStreamProcessor triage, DraftStreamProcessor notify,
                                               ApprovalStreamProcessor publish) {
        StreamConsumers first = triageThenNotify(triage, notify);
        return records -> {
            Set<String> failed = new LinkedHashSet<>(first.process(records));
            failed.addAll(publish.process(records).failedSequenceNumbers());
            return List.copyOf(failed);
        };
    }

    static StreamConsumers notifyOnly(DraftStreamProcessor notify) {
        return records -> notify.process(records).failedSequenceNumbers();
    }
}
