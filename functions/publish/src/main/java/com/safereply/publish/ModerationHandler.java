package com.safereply.publish;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.safereply.app.publish.moderation.ModerationCheck;
import com.safereply.app.publish.moderation.ModerationReport;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The EventBridge schedule (every 30 minutes) in: one {@link ModerationCheck} pass over the published Google replies
 * still watched. The event carries nothing the pass needs ("now" is the clock's). The summary line holds counts only.
 *
 * <p>If a rejection's notification could not be sent the invocation fails after the pass, so the function's Errors
 * alarm fires; the reply stays watched and its receipt cleared, so the next run tells the approvers.
 */
@Singleton   // not @Startup: the publish function packs this handler too and must never build its SNS client
@Named("moderation")
public class ModerationHandler implements RequestHandler<ScheduledEvent, ModerationReport> {

    private static final Logger LOG = Logger.getLogger(ModerationHandler.class);

    private final ModerationCheck check;

    public ModerationHandler(ModerationCheck check) {
        this.check = check;
    }

    @Override
    public ModerationReport handleRequest(ScheduledEvent event, Context context) {
        ModerationReport report = check.run();
        LOG.infof("moderation pass: %d practice(s), %d reply(ies) read, %d rejected, %d settled, %d unreadable,"
                        + " %d notification failure(s)", report.practices(), report.checked(), report.rejected(),
                report.settled(), report.unreadable(), report.failures());
        if (report.failures() > 0) {
            throw new IllegalStateException(report.failures() + " moderation notification(s) not sent; retried next run");
        }
        return report;
    }
}
