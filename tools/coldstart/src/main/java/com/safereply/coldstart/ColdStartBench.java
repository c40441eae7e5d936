package com.safereply.coldstart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Command line: measures each function's cold start (JVM spawn to first handled event) N times, interleaving the
 * functions so that load from other work on the machine falls on all of them alike, and prints a table with the
 * medians next to the plain baseline. Started by {@code infra/bench/coldstart.sh}, which builds and unzips the code.
 *
 * <pre>
 * java -cp ... com.safereply.coldstart.ColdStartBench --code DIR --events DIR --runtime-client DIR
 *      [--runs 5] [--java /path/to/java] [--logs DIR] [--only WebhookFunction,PlainDynamoDb]
 *      [--jvm-options "-Xlog:class+load:file=/tmp/cl.txt"]   (diagnostics only: appended to every measured JVM)
 *      [--train-appcds true]   (instead of measuring: one AppCDS training run per code directory, writes app.jsa)
 *      [--webhook-before DIR]  (another build of the webhook, e.g. main's, unzipped: measured as WebhookBefore,
 *                               interleaved with the rest, so a change is compared within one run)
 * </pre>
 * {@code --code DIR} holds the unzipped function.zip of each module: {@code webhook/}, {@code triage/},
 * {@code review/}, {@code notify/}, {@code baseline/}.
 */
public final class ColdStartBench {

    /** Issue 7's targets. */
    static final double TARGET_MS = 1000;
    static final double TARGET_RATIO = 1.5;

    private static final String TOPIC_ARN = "arn:aws:sns:us-east-1:000000000000:safereply-local-approvers";
    private static final Map<String, String> WEBHOOK_SECRETS = Map.of(
            "META_APP_SECRET", "local-meta-app-secret",
            "META_VERIFY_TOKEN", "local-meta-verify-token",
            "X_CONSUMER_SECRET", "local-x-consumer-secret");

    /** The draft id in dynamodb-comment-received.json (of the template's sample practice). */
    private static final String SAMPLE_RECEIVED_DRAFT_ID = "26jsQQ6AWU2ZLWGqWvxNvg";

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path code = Path.of(required(options, "code"));
        Path events = Path.of(required(options, "events"));
        Path runtimeClient = Path.of(required(options, "runtime-client"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path java = Path.of(options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path logs = Path.of(options.getOrDefault("logs", Files.createTempDirectory("coldstart-logs").toString()));
        Files.createDirectories(logs);

        List<MeasuredFunction> functions = new ArrayList<>(functions(code, events));
        if (options.containsKey("webhook-before")) {
            functions.add(1, webhookBefore(Path.of(options.get("webhook-before")), events));
        }
        if (options.containsKey("only")) {
            Set<String> only = Set.of(options.get("only").split(","));
            functions = functions.stream().filter(f -> only.contains(f.name())).toList();
        }

        List<String> diagnosticOptions = options.containsKey("jvm-options")
                ? List.of(options.get("jvm-options").trim().split("\\s+")) : List.of();

        PrintStream out = System.out;
        out.printf(Locale.ROOT, "JVM: %s %s; flags: %s; runtime client: %s; runs per function: %d; logs: %s%n",
                java, javaVersion(java), String.join(" ", new LambdaJvm(java, runtimeClient).jvmFlags()), runtimeClient, runs, logs);
        if (!diagnosticOptions.isEmpty()) {
            out.println("DIAGNOSTIC RUN, not a measurement to report: extra JVM options " + diagnosticOptions);
        }
        List<ColdStartRunner.Measurement> measurements = new ArrayList<>();
        try (LocalBackends backends = LocalBackends.start()) {
            ColdStartRunner runner = new ColdStartRunner(new LambdaJvm(java, runtimeClient, diagnosticOptions), backends, logs);
            if (options.containsKey("train-appcds")) {
                System.exit(train(out, runner, functions) ? 0 : 1);
            }
            for (int run = 1; run <= runs; run++) {
                for (MeasuredFunction function : functions) {
                    ColdStartRunner.Measurement m = runner.measure(function, run);
                    measurements.add(m);
                    out.printf(Locale.ROOT, "%-18s run %d: init %6.0f ms, first event %6.0f ms, JVM CPU %6.0f ms (%s; items written %d, SNS publishes %d; AppCDS %s)%n",
                            m.function(), run, m.initMs(), m.firstEventMs(), m.cpuMs(), m.result(), m.itemsWritten(),
                            m.publishes(), m.appCds());
                }
            }
        }
        boolean allHandled = printSummary(out, functions, measurements);
        if (!allHandled) {
            out.println("Some runs handled no event: see the logs above.");
            System.exit(1);
        }
    }

    /**
     * One training run per code directory (notify and escalate share one zip: the first listed trains it), leaving
     * {@code app.jsa} in the directory. Returns whether every archive was written after a handled event.
     */
    static boolean train(PrintStream out, ColdStartRunner runner, List<MeasuredFunction> functions) throws Exception {
        boolean ok = true;
        Set<Path> trained = new java.util.HashSet<>();
        for (MeasuredFunction function : functions) {
            if (function.isBaseline() || !trained.add(function.codeDirectory())) {
                continue;
            }
            Path archive = function.codeDirectory().resolve(APPCDS_ARCHIVE);
            ColdStartRunner.Measurement m = runner.train(function, archive);
            boolean written = Files.isRegularFile(archive) && Files.size(archive) > 0;
            // An unreadable archive fails the start even under -Xshare:auto: never hand one on unverified.
            boolean maps = written && runner.mapsAppArchive(function);
            out.printf(Locale.ROOT, "%-18s training run: %s; %s%n", function.name(), m.result(),
                    maps ? archive + " (" + Files.size(archive) / 1024 + " KiB, maps)"
                            : "NO USABLE ARCHIVE (see " + m.log() + ")");
            ok &= maps && m.handled();
        }
        return ok;
    }

    /** The archive's name in the function's task root: template.yaml's _JAVA_OPTIONS names /var/task/app.jsa. */
    static final String APPCDS_ARCHIVE = LambdaJvm.APP_ARCHIVE;

    static List<MeasuredFunction> functions(Path code, Path events) throws IOException {
        Map<String, String> notifyEnv = Map.of("TOPIC_ARN", TOPIC_ARN, "REVIEW_BASE_URL", "http://localhost:8080");
        return List.of(
                new MeasuredFunction("WebhookFunction", code.resolve("webhook"), MeasuredFunction.QUARKUS_HANDLER,
                        with(WEBHOOK_SECRETS, "QUARKUS_LAMBDA_HANDLER", "webhook"), events.resolve("meta-page-comment.json"),
                        LocalBackends.Seed.PRACTICE, "PlainDynamoDb"),
                new MeasuredFunction("TriageFunction", code.resolve("triage"), MeasuredFunction.QUARKUS_HANDLER,
                        Map.of(), forSeededPractice(events.resolve("dynamodb-comment-received.json")),
                        LocalBackends.Seed.PRACTICE_AND_RECEIVED_COMMENT, "PlainDynamoDb"),
                new MeasuredFunction("ReviewFunction", code.resolve("review"), MeasuredFunction.QUARKUS_HANDLER,
                        Map.of(), events.resolve("review-get-draft.json"), LocalBackends.Seed.PRACTICE_AND_PENDING_DRAFT,
                        "PlainDynamoDb"),
                new MeasuredFunction("NotifyFunction", code.resolve("notify"), MeasuredFunction.QUARKUS_HANDLER,
                        with(notifyEnv, "QUARKUS_LAMBDA_HANDLER", "notify"), events.resolve("dynamodb-insert.json"),
                        LocalBackends.Seed.PRACTICE, "PlainDynamoDbSns"),
                new MeasuredFunction("EscalateFunction", code.resolve("notify"), MeasuredFunction.QUARKUS_HANDLER,
                        with(notifyEnv, "QUARKUS_LAMBDA_HANDLER", "escalate"), events.resolve("schedule-escalate.json"),
                        LocalBackends.Seed.PRACTICE_AND_PENDING_DRAFT, "PlainDynamoDbSns"),
                new MeasuredFunction("PlainDynamoDb", code.resolve("baseline"), MeasuredFunction.PLAIN_HANDLER,
                        Map.of(), events.resolve("meta-page-comment.json"), LocalBackends.Seed.PRACTICE, null),
                new MeasuredFunction("PlainDynamoDbSns", code.resolve("baseline"), MeasuredFunction.PLAIN_HANDLER,
                        Map.of("TOPIC_ARN", TOPIC_ARN), events.resolve("dynamodb-insert.json"), LocalBackends.Seed.PRACTICE, null));
    }

    /**
     * The webhook as an earlier build packaged it, next to the current one. Its handler is selected the way that build
     * selects it: a {@code quarkus-amazon-lambda-http} build has one handler and no {@code QUARKUS_LAMBDA_HANDLER}.
     */
    static MeasuredFunction webhookBefore(Path code, Path events) {
        String[] httpExtension = code.resolve("lib").toFile()
                .list((dir, name) -> name.contains("quarkus-amazon-lambda-http"));
        boolean plainHandler = httpExtension != null && httpExtension.length == 0;
        Map<String, String> environment = plainHandler ? with(WEBHOOK_SECRETS, "QUARKUS_LAMBDA_HANDLER", "webhook")
                : WEBHOOK_SECRETS;
        return new MeasuredFunction("WebhookBefore", code, MeasuredFunction.QUARKUS_HANDLER, environment,
                events.resolve("meta-page-comment.json"), LocalBackends.Seed.PRACTICE, "PlainDynamoDb");
    }

    /** Prints the summary table (Markdown); returns whether every run handled its event. */
    static boolean printSummary(PrintStream out, List<MeasuredFunction> functions,
                                List<ColdStartRunner.Measurement> measurements) {
        Map<String, List<ColdStartRunner.Measurement>> byFunction = new LinkedHashMap<>();
        functions.forEach(f -> byFunction.put(f.name(), new ArrayList<>()));
        measurements.forEach(m -> byFunction.get(m.function()).add(m));
        boolean allHandled = measurements.stream().allMatch(ColdStartRunner.Measurement::handled);

        out.println();
        out.println("| Function | First event, median ms | min | max | Init (to first `next`), median ms | JVM CPU to first event, median ms | Baseline | Baseline median ms | Ratio | Target ≤ 1000 ms, ≤ 1.5× | First-event result | Items written / SNS publishes per run | AppCDS archive |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (MeasuredFunction function : functions) {
            List<ColdStartRunner.Measurement> ms = byFunction.get(function.name());
            List<ColdStartRunner.Measurement> handled = ms.stream().filter(ColdStartRunner.Measurement::handled).toList();
            String results = ms.stream().map(ColdStartRunner.Measurement::result).collect(Collectors.toCollection(TreeSet::new)).toString();
            String effects = ms.stream().map(m -> m.itemsWritten() + "/" + m.publishes())
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            String appCds = ms.stream().map(ColdStartRunner.Measurement::appCds)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            if (handled.isEmpty()) {
                out.printf(Locale.ROOT, "| %s | – | – | – | – | – | %s | – | – | no event handled | %s | %s | %s |%n",
                        function.name(), nullToDash(function.baselineName()), results, effects, appCds);
                continue;
            }
            Stats first = Stats.of(handled.stream().map(ColdStartRunner.Measurement::firstEventMs).toList());
            Stats init = Stats.of(handled.stream().map(ColdStartRunner.Measurement::initMs).toList());
            Stats cpu = Stats.of(handled.stream().map(ColdStartRunner.Measurement::cpuMs).toList());
            String baselineMedian = "–";
            String ratio = "–";
            String verdict = first.median() <= TARGET_MS ? "≤ 1000 ms: yes" : "≤ 1000 ms: **no**";
            if (!function.isBaseline()) {
                List<Double> base = byFunction.getOrDefault(function.baselineName(), List.of()).stream()
                        .filter(ColdStartRunner.Measurement::handled).map(ColdStartRunner.Measurement::firstEventMs).toList();
                if (!base.isEmpty()) {
                    double baseline = Stats.of(base).median();
                    double r = first.median() / baseline;
                    baselineMedian = String.format(Locale.ROOT, "%.0f", baseline);
                    ratio = String.format(Locale.ROOT, "%.2f×", r);
                    verdict += r <= TARGET_RATIO ? "; ≤ 1.5×: yes" : "; ≤ 1.5×: **no**";
                }
            } else {
                verdict = "(baseline)";
            }
            out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s | %s | %s | %s | %s | %s |%n",
                    function.name(), first.median(), first.min(), first.max(), init.median(), cpu.median(),
                    nullToDash(function.baselineName()), baselineMedian, ratio, verdict, results, effects, appCds);
        }
        return allHandled;
    }

    /**
     * The sample stream record names a comment of the template's sample practice; the harness seeds that comment for
     * the demo practice instead (its draft id is a hash of the practice), so the record is rewritten to name it. Triage
     * then finds the comment awaiting triage and classifies, drafts, guards and writes, as on a real first event (a
     * record whose comment is not in the table is skipped before the engine runs).
     */
    static Path forSeededPractice(Path sample) throws IOException {
        String json = Files.readString(sample)
                .replace("\"sunrise-dental\"", "\"" + LocalBackends.PRACTICE_ID + "\"")
                .replace(SAMPLE_RECEIVED_DRAFT_ID, LocalBackends.RECEIVED_DRAFT_ID);
        Path copy = Files.createTempFile("coldstart-" + sample.getFileName().toString().replace(".json", ""), ".json");
        copy.toFile().deleteOnExit();
        return Files.writeString(copy, json);
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static String nullToDash(String value) {
        return value == null ? "–" : value;
    }

    private static String javaVersion(Path java) {
        try {
            Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            return text.lines().skip(1).findFirst().orElse("").strip();
        } catch (Exception e) {
            return "(version unknown: " + e.getClass().getSimpleName() + ")";
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
