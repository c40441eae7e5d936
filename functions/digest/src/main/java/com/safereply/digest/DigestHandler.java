package com.safereply.digest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.quarkus.runtime.Startup;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The hourly EventBridge schedule in: one {@link DigestRun}. Hourly, not weekly, so each practice's digest goes out
 * at its own day and hour in its own time zone; the stored digest makes every later run of that week a no-op. If
 * some practice failed, the invocation fails after the others were done (the Errors alarm fires; the next run
 * retries that practice).
 */
@Startup
@Singleton
@Named("digest")
public class DigestHandler implements RequestHandler<ScheduledEvent, DigestReport> {

    private final DigestRun run;

    public DigestHandler(DigestRun run) {
        this.run = run;
    }

    @Override
    public DigestReport handleRequest(ScheduledEvent event, Context context) {
        DigestReport report = run.run();
        if (report.failures() > 0) {
            throw new IllegalStateException("digest failed for " + report.failures() + " practice(s)");
        }
        return report;
    }
}
