package com.safereply.loadtest;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Load driver for the webhook ingest of the local run ({@code infra/local/run.sh}). Loopback only; every run is
 * bounded by time and by request count.
 *
 * <pre>
 * load:  java -jar safereply-loadtest.jar --concurrency 8 --seconds 60 [--warmup 10] [--max-requests 1000000] [--pid PID]
 * storm: java -jar safereply-loadtest.jar --storm --comments 200 --copies 5 --in-flight 16 [--notification-wait 60]
 * </pre>
 * Other options: --url (default http://127.0.0.1:8080/webhooks/meta), --secret (local-meta-app-secret), --page,
 * --instagram, --practice (the demo practice's), --dynamodb (http://127.0.0.1:8000), --table (safereply-local),
 * --sns (the local SNS stand-in, http://127.0.0.1:9911: the storm counts the NEW notifications it received per draft).
 */
public final class LoadTest {

    private static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");
    private static final PrintStream OUT = System.out;

    private final Map<String, String> options;
    private final URI url;
    private final MetaDeliveries deliveries;
    private final WebhookPoster poster;
    /** For the storm's reads of the local SNS stand-in; webhooks go through {@link #poster}. */
    private final HttpClient http;

    private LoadTest(Map<String, String> options) {
        this.options = options;
        this.url = loopback(URI.create(option("url", "http://127.0.0.1:8080/webhooks/meta")));
        String runId = Long.toString(System.currentTimeMillis() % 100_000_000L);
        this.deliveries = new MetaDeliveries(runId, option("page", "104412345678901"),
                option("instagram", "17841400000000001"), option("secret", "local-meta-app-secret"));
        this.poster = new WebhookPoster(url, Duration.ofSeconds(2), Duration.ofSeconds(10));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        WebhookPoster.keepConnections(Math.max(Integer.parseInt(options.getOrDefault("concurrency", "8")),
                Integer.parseInt(options.getOrDefault("in-flight", "16"))));
        LoadTest test = new LoadTest(options);
        if (options.containsKey("storm")) {
            System.exit(test.storm() ? 0 : 1);
        }
        test.load();
    }

    // ---- load: C senders for N seconds

    private void load() throws Exception {
        int concurrency = Integer.parseInt(option("concurrency", "8"));
        int seconds = Integer.parseInt(option("seconds", "60"));
        int warmup = Integer.parseInt(option("warmup", "10"));
        long maxRequests = Long.parseLong(option("max-requests", "5000000"));
        ServerMemory memory = options.containsKey("pid") ? new ServerMemory(Long.parseLong(options.get("pid"))) : null;
        AtomicLong sequence = new AtomicLong();

        if (warmup > 0) {
            OUT.printf("warm-up: %d s at %d senders (not recorded)%n", warmup, concurrency);
            run(concurrency, warmup, maxRequests, sequence);
        }
        OUT.printf("measuring: %d s at %d senders -> %s%n", seconds, concurrency, url);
        long cpuBefore = memory == null ? -1 : memory.cpuMillis();
        long driverCpuBefore = driverCpuNanos();
        long start = System.nanoTime();
        Recorder result = run(concurrency, seconds, maxRequests, sequence);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuUsed = memory == null || cpuBefore < 0 ? -1 : memory.cpuMillis() - cpuBefore;
        long driverCpu = driverCpuNanos() - driverCpuBefore;

        OUT.printf("senders=%d seconds=%.1f requests=%d ok=%d errors=%d %s%n", concurrency, elapsed,
                result.count() + result.errorCount(), result.count(), result.errorCount(), result.errors());
        OUT.printf("throughput=%.0f req/s  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
                result.count() / elapsed, result.percentileMillis(50), result.percentileMillis(95),
                result.percentileMillis(99), result.percentileMillis(100));
        if (memory != null) {
            OUT.printf("server: %s; heap: %s%n", memory.rss(), memory.heap());
            if (cpuUsed >= 0 && result.count() > 0) {
                // Includes the embedded DynamoDB Local: it runs in the same process.
                OUT.printf("server CPU: %.1f s over the run = %.2f ms per request (%.0f%% of one core on average)%n",
                        cpuUsed / 1000.0, (double) cpuUsed / result.count(), cpuUsed / 10.0 / elapsed);
            }
        }
        if (driverCpuBefore >= 0 && result.count() > 0) {
            // The driver shares the machine's cores with the server: say what it takes of them.
            OUT.printf("driver CPU: %.1f s over the run = %.2f ms per request (%.0f%% of one core on average)%n",
                    driverCpu / 1e9, driverCpu / 1e6 / result.count(), driverCpu / 1e7 / elapsed);
        }
    }

    /** CPU time this driver process has used (all threads), or -1 where the JVM cannot tell. */
    private static long driverCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private Recorder run(int concurrency, int seconds, long maxRequests, AtomicLong sequence) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long last = sequence.get() + maxRequests;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Recorder>> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            senders.add(pool.submit(() -> {
                Recorder recorder = new Recorder();
                long n;
                while (System.nanoTime() < deadline && (n = sequence.getAndIncrement()) < last) {
                    send(n, recorder);
                }
                return recorder;
            }));
        }
        List<Recorder> recorders = new ArrayList<>();
        for (Future<Recorder> f : senders) {
            recorders.add(f.get());
        }
        pool.shutdown();
        return Recorder.merge(recorders);
    }

    /** @return the response body of a 200, or null (the error is recorded) */
    private String send(long n, Recorder recorder) {
        byte[] body = deliveries.body(n).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Content-Type", "application/json",
                "X-Hub-Signature-256", deliveries.signature(body));
        long t0 = System.nanoTime();
        try {
            WebhookPoster.Response response = poster.post(body, headers);
            long took = System.nanoTime() - t0;
            if (response.status() == 200) {
                recorder.ok(took);
                return response.body();
            }
            recorder.error("http " + response.status());
        } catch (java.io.IOException e) {
            recorder.error(e.getClass().getSimpleName());
        }
        return null;
    }

    // ---- storm: every comment delivered several times at once

    private boolean storm() throws Exception {
        int comments = Integer.parseInt(option("comments", "200"));
        int copies = Integer.parseInt(option("copies", "5"));
        int inFlight = Math.max(16, Integer.parseInt(option("in-flight", "16")));
        URI dynamodb = loopback(URI.create(option("dynamodb", "http://127.0.0.1:8000")));
        String table = option("table", "safereply-local");
        URI sns = loopback(URI.create(option("sns", "http://127.0.0.1:9911")));
        Duration notificationWait = Duration.ofSeconds(Integer.parseInt(option("notification-wait", "60")));

        try (DraftCounter counter = new DraftCounter(dynamodb, table, option("practice", "sunrise-dental"))) {
            PublishedNotifications published = new PublishedNotifications(sns, http);
            published.skipExisting();
            // The copies of one comment sit next to each other in the queue, so with >= 16 workers they are in flight
            // together: the race a platform retry storm creates across Lambda containers.
            ExecutorService pool = Executors.newFixedThreadPool(inFlight);
            AtomicInteger created = new AtomicInteger();
            List<Future<Recorder>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < comments; c++) {
                long n = c;
                for (int k = 0; k < copies; k++) {
                    futures.add(pool.submit(() -> {
                        Recorder r = new Recorder();
                        String body = send(n, r);
                        if (body != null) {
                            Matcher m = CREATED.matcher(body);
                            if (m.find()) {
                                created.addAndGet(Integer.parseInt(m.group(1)));
                            }
                        }
                        return r;
                    }));
                }
            }
            List<Recorder> recorders = new ArrayList<>();
            for (Future<Recorder> f : futures) {
                recorders.add(f.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            Recorder result = Recorder.merge(recorders);
            OUT.printf("storm: %d comments x %d copies = %d deliveries, %d in flight, %.1f s%n",
                    comments, copies, comments * copies, inFlight, elapsed);
            OUT.printf("responses: ok=%d errors=%d %s; created (sum over responses)=%d, duplicate=%d%n",
                    result.count(), result.errorCount(), result.errors(), created.get(), result.count() - created.get());
            OUT.printf("latency: p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    result.percentileMillis(50), result.percentileMillis(99), result.percentileMillis(100));

            List<DraftCounter.CommentDraft> drafts = new ArrayList<>();
            for (int c = 0; c < comments; c++) {
                drafts.add(counter.draftOf(deliveries.platform(c), deliveries.commentId(c)));
            }
            Set<String> draftIds = new HashSet<>();
            drafts.stream().map(DraftCounter.CommentDraft::draftId).filter(Objects::nonNull).forEach(draftIds::add);
            published.refresh();
            long notifiedEarly = draftIds.stream().filter(id -> published.newNotifications(id) > 0).count();
            Duration waited = published.awaitSettled(draftIds, notificationWait, Duration.ofSeconds(2));
            OUT.printf("drafts notified when the storm's answers were in and its drafts read back: %d of %d;"
                    + " settled %.1f s later (waits up to %d s, then 2 s without news)%n", notifiedEarly,
                    draftIds.size(), waited.toMillis() / 1e3, notificationWait.toSeconds());

            List<StormVerdict.CommentOutcome> outcomes = drafts.stream()
                    .map(d -> new StormVerdict.CommentOutcome(d.draftId(), d.creations(),
                            d.draftId() == null ? 0 : published.newNotifications(d.draftId())))
                    .toList();
            StormVerdict verdict = StormVerdict.of(outcomes, created.get(), result.errorCount());
            OUT.println(verdict.draftLine());
            OUT.println(verdict.notificationLine());
            OUT.println(verdict.verdictLine());
            return verdict.pass();
        }
    }

    // ---- options

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    /** This driver only ever talks to this machine: refuse anything but a loopback host. */
    private static URI loopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("loopback only: " + uri);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + uri, e);
        }
        return uri;
    }
}
