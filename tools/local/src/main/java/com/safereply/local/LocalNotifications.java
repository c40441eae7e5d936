package com.safereply.local;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.safereply.app.notify.EscalationReport;
import com.safereply.notify.DraftStreamProcessor;
import com.safereply.triage.CommentStreamProcessor;
import com.safereply.publish.ApprovalStreamProcessor;
import com.safereply.notify.EscalationRun;
import com.safereply.store.StoreConfig;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The triage, notify and escalate functions' triggers, locally: the table stream polled from DynamoDB Local (as Lambda's
 * event source mapping would deliver it to {@code NotifyFunction}) and the escalation pass on a timer (as the
 * EventBridge schedule runs {@code EscalateFunction}: at start, then every {@code escalation-interval-minutes}).
 * Both call the functions' own classes; what they publish is printed by the local SNS stand-in.
 */
@Singleton
public class LocalNotifications {

    private static final Logger LOG = Logger.getLogger(LocalNotifications.class);
    /** How long Ctrl-C waits for a moderation or escalation pass under way to finish. */
    private static final Duration PASS_GRACE = Duration.ofSeconds(10);

    private final StreamConsumers processor;
    private final EscalationRun escalation;
    private final LocalSettings settings;
    private final String tableName;
    private final String region;
    private DraftStreamPoller poller;
    private ScheduledExecutorService escalationTimer;
    private final com.safereply.app.publish.moderation.ModerationCheck moderation;

    public LocalNotifications(CommentStreamProcessor triage, DraftStreamProcessor notify,
                              ApprovalStreamProcessor publish, EscalationRun escalation,
                              com.safereply.app.publish.moderation.ModerationCheck moderation,
                              LocalSettings settings,
                              @ConfigProperty(name = StoreConfig.TABLE_NAME) String tableName,
                              @ConfigProperty(name = StoreConfig.AWS_REGION) String region) {
        this.processor = StreamConsumers.triageNotifyPublish(triage, notify, publish);
        this.escalation = escalation;
        this.moderation = moderation;
        this.settings = settings;
        this.tableName = tableName;
        this.region = region;
    }

    void start(DynamoDbClient dynamoDb, URI dynamoDbEndpoint) {
        poller = DraftStreamPoller.start(dynamoDb, dynamoDbEndpoint, region, tableName, processor,
                Duration.ofMillis(settings.streamPollMillis()), settings.streamLanes());
        escalationTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-escalation");
            t.setDaemon(true);
            return t;
        });
        escalationTimer.scheduleAtFixedRate(this::escalate, 0, settings.escalationIntervalMinutes(), TimeUnit.MINUTES);
        // The ModerationFunction's schedule (every 30 minutes in AWS), every few seconds here.
        escalationTimer.scheduleWithFixedDelay(this::checkModeration, settings.moderationIntervalSeconds(),
                settings.moderationIntervalSeconds(), TimeUnit.SECONDS);
    }

    void stop() {
        if (escalationTimer != null) {
            stopAfterTheRunningPass(escalationTimer);
            escalationTimer = null;
        }
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }

    /**
     * Lets a pass that is under way finish before the caller stops DynamoDB Local under it: interrupting it, or
     * stopping the store first, would log a failed pass at every Ctrl-C that lands mid-pass. A pass takes
     * milliseconds; the wait is bounded all the same.
     */
    private static void stopAfterTheRunningPass(ScheduledExecutorService timer) {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(PASS_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void checkModeration() {
        try {
            var report = moderation.run();
            if (report.rejected() > 0) {
                LOG.infof("moderation pass: %d published reply(ies) rejected by Google's moderation", report.rejected());
            }
        } catch (RuntimeException e) {
            LOG.warnf("moderation pass failed: %s", e.getClass().getSimpleName());
        }
    }

    private void escalate() {
        try {
            EscalationReport report = escalation.run("local-timer");
            if (report.escalationsSent() > 0) {
                LOG.infof("escalation pass: %d draft(s) past SLA, %d escalation(s) sent", report.draftsPastSla(),
                        report.escalationsSent());
            }
        } catch (RuntimeException e) {
            // The timer must survive a failed pass (as the next scheduled Lambda invocation would run anyway).
            LOG.warnf("escalation pass failed: %s", e.getClass().getSimpleName());
        }
    }
}
