package com.safereply.publish;

import com.safereply.app.publish.LeaseLostException;
import com.safereply.app.publish.PublishJob;
import com.safereply.app.publish.PublishResult;
import com.safereply.app.publish.PublishService;
import com.safereply.store.stream.ApprovalToPublish;
import com.safereply.store.stream.ChangeRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A batch of table stream records in, {@link PublishService} once per draft that entered APPROVED. Results other than
 * "retry later" settle the record; a retry or an exception reports its sequence number, and the rest of the batch is
 * still processed.
 */
public final class ApprovalStreamProcessor {
    private static final Logger LOG = Logger.getLogger(ApprovalStreamProcessor.class);

    private final PublishService publish;

    public ApprovalStreamProcessor(PublishService publish) {
        this.publish = publish;
    }

    public record BatchResult(int settled, List<String> failedSequenceNumbers) {}

    public BatchResult process(List<ChangeRecord> records) {
        List<String> failures = new ArrayList<>();
        int settled = 0;
        for (ChangeRecord record : records) {
            Optional<PublishJob> job = ApprovalToPublish.job(record);
            if (job.isEmpty()) {
                continue;
            }
            String draftId = job.get().draftId();
            try {
                PublishResult result = publish.publish(job.get());
                // Ids, platform and the kind of result only: never the reply or comment text.
                LOG.infof("publish draft=%s platform=%s result=%s", draftId, job.get().target().platform().label(),
                        result.getClass().getSimpleName());
                if (result instanceof PublishResult.RetryLater) {
                    failures.add(record.sequenceNumber());
                } else {
                    settled++;
                }
            } catch (LeaseLostException e) {
                // Another invocation took the draft over and settles it: this record is done.
                LOG.warnf("publish lease lost draft=%s", draftId);
            } catch (RuntimeException e) {
                failures.add(record.sequenceNumber());
                LOG.errorf("publish failed draft=%s eventId=%s error=%s", draftId, record.eventId(),
                        e.getClass().getSimpleName());
            }
        }
        return new BatchResult(settled, List.copyOf(failures));
    }
}
