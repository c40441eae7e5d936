package com.safereply.store;

import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.PageRequest;
import com.safereply.store.testing.DynamoDbLocalServer;
import com.safereply.store.testing.TestDrafts;
import com.safereply.store.testing.TestPractices;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Measures store latency against DynamoDB Local on loopback with the real SDK client (a load probe, not a test).
 * Usage: {@code java -cp <test classpath> com.safereply.store.StoreLatencyProbe [iterations]}; see libs/store/README.md.
 */
public final class StoreLatencyProbe {

    private StoreLatencyProbe() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = Math.max(200, n / 5);
        DynamoDbLocalServer server = DynamoDbLocalServer.start();
        try {
            String table = server.createTable();
            DynamoDbStores stores = new DynamoDbStores(server.newClient(table), table, Clock.systemUTC());
            stores.practices().save(TestPractices.practice("bench", TestPractices.facebook("bench-page")));
            DraftStore drafts = stores.drafts();
            Instant t0 = Instant.parse("2025-03-01T09:00:00Z");

            measure("create (1 transaction, 4 items) + findById", n, warmup, i -> {
                DraftRecord d = TestDrafts.pending("bench", "put-" + i, t0.plusMillis(i));
                drafts.create(d, TestDrafts.delivery(d, t0), TestDrafts.created(d));
                drafts.findById(d.draftId()).orElseThrow();
            });
            measure("findById (consistent GetItem)", n, warmup,
                    i -> drafts.findById(TestDrafts.pending("bench", "put-" + (i % n), t0).draftId()).orElseThrow());
            measure("queue page of 20 (GSI1 Query)", n, warmup,
                    i -> drafts.pending("bench", PageRequest.first(20)));

            IngestService ingest = new IngestService(stores.practices(), stores.comments(), drafts);
            measure("ingest ADD (channel lookup + store received comment)", n, warmup, i -> {
                IngestOutcome outcome = ingest.ingest(comment("ing-" + i));
                if (outcome != IngestOutcome.CREATED) {
                    throw new IllegalStateException(outcome.name());
                }
            });
            measure("ingest duplicate delivery (cancelled transaction)", n, warmup, i -> {
                IngestOutcome outcome = ingest.ingest(comment("ing-" + (i % n)));
                if (outcome != IngestOutcome.DUPLICATE) {
                    throw new IllegalStateException(outcome.name());
                }
            });
            stores.client().close();
        } finally {
            server.stop();
        }
    }

    private static InboundComment comment(String id) {
        return new InboundComment(Platform.FACEBOOK, "bench-page", id, CommentVerb.ADD, id + "|add",
                "Thanks for the great care", "u", "Pat", "pat", null, null, null);
    }

    private static void measure(String name, int n, int warmup, IntConsumer op) {
        for (int i = 0; i < warmup; i++) {
            op.accept(n + 100_000 + i);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            op.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms%n", name, n,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
