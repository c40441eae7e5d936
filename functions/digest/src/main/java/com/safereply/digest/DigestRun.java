package com.safereply.digest;

import com.safereply.app.digest.DigestService;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * One pass over every practice: each gets {@link DigestService#run}. A practice that fails (store or SNS down) does
 * not stop the others; it is counted, logged by id and error type only, and tried again by the next run (its digest
 * was not kept, so it is still due).
 */
public final class DigestRun {
    private static final Logger LOG = Logger.getLogger(DigestRun.class);
    private static final Logger JSON = Logger.getLogger("safereply.json");

    private final PracticeDirectory practices;
    private final DigestService digests;

    public DigestRun(PracticeDirectory practices, DigestService digests) {
        this.practices = practices;
        this.digests = digests;
    }

    public DigestReport run() {
        int total = 0;
        int sent = 0;
        int notDue = 0;
        int already = 0;
        int disabled = 0;
        int failures = 0;
        for (String practiceId : practices.practiceIds()) {
            total++;
            try {
                Optional<PracticeAccount> practice = practices.findById(practiceId);
                if (practice.isEmpty()) {
                    continue;
                }
                switch (digests.run(practice.get())) {
                    case SENT -> sent++;
                    case NOT_DUE -> notDue++;
                    case ALREADY_SENT -> already++;
                    case DISABLED -> disabled++;
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf("digest of practice %s failed: %s", practiceId, e.getClass().getSimpleName());
            }
        }
        DigestReport report = new DigestReport(total, sent, notDue, already, disabled, failures);
        JSON.infof("{\"event\":\"digest_run\",\"practices\":%d,\"sent\":%d,\"notDue\":%d,\"alreadySent\":%d,"
                + "\"disabled\":%d,\"failures\":%d}", total, sent, notDue, already, disabled, failures);
        return report;
    }
}
