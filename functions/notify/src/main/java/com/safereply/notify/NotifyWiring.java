package com.safereply.notify;

import com.safereply.app.inbox.StuckCommentCheck;
import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.notify.SlaEscalator;
import com.safereply.app.practice.CachingPracticeDirectory;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * Builds the clients and use cases once per container from configuration (application.properties maps it from the
 * environment template.yaml sets). The handlers are created at start-up, so with SnapStart the clients are in the
 * snapshot; they hold no connections yet and the SDK re-resolves credentials after restore.
 */
public class NotifyWiring {

    /** Default beans (clock, metrics writer, store), so an app embedding this function can supply its own. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    EmfWriter metrics(Clock clock) {
        return EmfWriter.toLog(clock);
    }

    @Produces
    @Singleton
    @DefaultBean
    DynamoDbStores stores(@ConfigProperty(name = "safereply.table-name") Optional<String> table,
                          @ConfigProperty(name = "safereply.region") Optional<String> region,
                          @ConfigProperty(name = "safereply.dynamodb-endpoint") Optional<String> endpoint,
                          Clock clock) {
        return DynamoDbStores.create(StoreConfig.of(table, region, endpoint), clock);
    }

    @Produces
    @Singleton
    Notifier notifier(@ConfigProperty(name = "safereply.topic-arn") Optional<String> topicArn,
                      @ConfigProperty(name = "safereply.region") Optional<String> region,
                      @ConfigProperty(name = "safereply.sns-endpoint") Optional<String> endpoint) {
        return SnsNotifier.create(SnsConfig.of(topicArn.orElse(null), region.orElse(null), endpoint.orElse(null)));
    }

    @Produces
    @Singleton
    ReviewLinks reviewLinks(@ConfigProperty(name = "safereply.review-base-url") Optional<String> baseUrl) {
        return new ReviewLinks(baseUrl.orElse(null));
    }

    @Produces
    @Singleton
    NewDraftNotifier newDraftNotifier(DynamoDbStores stores, Notifier notifier, ReviewLinks links, Clock clock) {
        // Every new draft's notification names its practice and SLA: read once a minute per container, not per draft.
        return new NewDraftNotifier(stores.drafts(), CachingPracticeDirectory.forNotifications(stores.practices(), clock),
                notifier, links, clock);
    }

    @Produces
    @Singleton
    SlaEscalator slaEscalator(DynamoDbStores stores, Notifier notifier, ReviewLinks links, Clock clock) {
        return new SlaEscalator(stores.drafts(), stores.practices(), notifier, links, clock);
    }

    @Produces
    @Singleton
    DraftStreamProcessor draftStreamProcessor(NewDraftNotifier notifier, EmfWriter metrics) {
        return new DraftStreamProcessor(notifier, metrics);
    }

    @Produces
    @Singleton
    StuckCommentCheck stuckCommentCheck(DynamoDbStores stores, Clock clock) {
        return new StuckCommentCheck(stores.practices(), stores.comments(), clock);
    }

    @Produces
    @Singleton
    EscalationRun escalationRun(SlaEscalator escalator, StuckCommentCheck stuckComments, EmfWriter metrics) {
        return new EscalationRun(escalator, stuckComments, metrics);
    }
}
