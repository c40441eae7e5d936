package com.safereply.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.safereply.app.notify.NewDraftNotifier;
import com.safereply.app.notify.ReviewLinks;
import com.safereply.app.notify.SlaEscalator;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsNotifier;
import com.safereply.sns.testing.SnsWireMock;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;

import java.time.Instant;

/**
 * The notify and escalate handlers built by hand over real adapters: the store on DynamoDB Local, the real SnsClient
 * against a WireMock SNS, and a clock the test moves. No Quarkus: what these tests check is the handlers' behaviour.
 */
final class NotifyTestBed implements AutoCloseable {

    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:safereply-test-approvers";
    static final String REVIEW_BASE = "https://review.example/prod";

    final MutableClock clock;
    final SnsWireMock sns;
    final DynamoDbStores stores;
    final NotifyHandler notify;
    /** Every EMF line the functions wrote, in order (also logged, as in Lambda). */
    final List<String> metricLines = new CopyOnWriteArrayList<>();
    final EscalateHandler escalate;

    /** On the test class's table. */
    NotifyTestBed(DynamoDbLocalExtension dynamo, Instant start) {
        this(dynamo, dynamo.tableName(), start);
    }

    /** On {@code table} (e.g. {@code dynamo.freshTable()} for a test that reads every practice's queue). */
    NotifyTestBed(DynamoDbLocalExtension dynamo, String table, Instant start) {
        clock = new MutableClock(start);
        sns = SnsWireMock.start();
        stores = new DynamoDbStores(dynamo.client(), table, clock);
        SnsNotifier notifier = SnsNotifier.create(SnsConfig.of(TOPIC, "us-east-1", sns.endpoint().toString()));
        ReviewLinks links = new ReviewLinks(REVIEW_BASE);
        EmfWriter metrics = new EmfWriter(clock, line -> {
            metricLines.add(line);
            org.jboss.logging.Logger.getLogger(EmfWriter.LOG_CATEGORY).info(line);
        });
        notify = new NotifyHandler(new DraftStreamProcessor(
                new NewDraftNotifier(stores.drafts(), stores.practices(), notifier, links, clock), metrics));
        escalate = new EscalateHandler(new EscalationRun(
                new SlaEscalator(stores.drafts(), stores.practices(), notifier, links, clock), metrics));
    }

    @Override
    public void close() {
        sns.close();
    }
}
