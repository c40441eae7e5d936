package com.safereply.local;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.safereply.app.IngestService;
import com.safereply.app.TriageService;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.Triager;
import com.safereply.app.inbox.StuckCommentCheck;
import com.safereply.triage.CommentStreamProcessor;
import com.safereply.triage.TriageTelemetry;
import com.safereply.triage.TriageWiring;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.notify.SlaEscalator;
import com.safereply.app.practice.CachingPracticeDirectory;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.notify.DraftStreamProcessor;
import com.safereply.notify.EscalationRun;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;
import com.safereply.store.DynamoDbStores;

/**
 * The notify function's use cases, built as its Lambda wiring builds them but inside the local app: the real
 * {@link SnsNotifier} on {@code SNS_ENDPOINT} (the local SNS stand-in), the store the review function already made
 * ({@code TABLE_NAME}, {@code DYNAMODB_ENDPOINT}), and the one EMF writer every embedded function shares.
 */
public class LocalNotifyWiring {

    /** Not a default bean: it replaces the webhook's and review's defaults, so the app has one writer. */
    @Produces
    @Singleton
    EmfWriter emfWriter() {
        return EmfWriter.toLog(Clock.systemUTC());
    }

    @Produces
    @Singleton
    Notifier notifier(@ConfigProperty(name = SnsConfig.TOPIC_ARN) String topicArn,
                      @ConfigProperty(name = SnsConfig.AWS_REGION) String region,
                      @ConfigProperty(name = SnsConfig.SNS_ENDPOINT) String endpoint) {
        return SnsNotifier.create(SnsConfig.of(topicArn, region, endpoint));
    }

    @Produces
    @Singleton
    ReviewLinks reviewLinks(@ConfigProperty(name = "REVIEW_BASE_URL") String baseUrl) {
        return new ReviewLinks(baseUrl);
    }

    @Produces
    @Singleton
    DraftStreamProcessor draftStreamProcessor(DynamoDbStores stores, Notifier notifier, ReviewLinks links,
                                              EmfWriter metrics) {
        Clock clock = Clock.systemUTC();
        return new DraftStreamProcessor(
                new NewDraftNotifier(stores.drafts(), CachingPracticeDirectory.forNotifications(stores.practices(), clock),
                        notifier, links, clock), metrics);
    }

    @Produces
    @Singleton
    EscalationRun escalationRun(DynamoDbStores stores, Notifier notifier, ReviewLinks links, EmfWriter metrics) {
        return new EscalationRun(
                new SlaEscalator(stores.drafts(), stores.practices(), notifier, links, Clock.systemUTC()),
                new StuckCommentCheck(stores.practices(), stores.comments(), Clock.systemUTC()), metrics);
    }

    /** The triage function's own processor, over the real engine, as TriageWiring builds it. */
    @Produces
    @Singleton
    CommentStreamProcessor commentStreamProcessor(DynamoDbStores stores, EmfWriter metrics) {
        Clock clock = Clock.systemUTC();
        TriageTelemetry telemetry = new TriageTelemetry(metrics);
        return new CommentStreamProcessor(new TriageService(stores.comments(), stores.drafts(),
                CachingPracticeDirectory.forNotifications(stores.practices(), clock),
                Triager.of(TriageWiring.engine(telemetry)), clock, telemetry),
                new DeliveryIngest(new IngestService(stores.practices(), stores.comments(), stores.drafts()),
                        stores.deferred()), metrics);
    }
}
