package com.safereply.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold start: a fresh table, a fresh Runtime API emulator, a fresh JVM; timed from just before the process is
 * spawned to the runtime's first {@code next} (init done) and to the first response posted (first event handled).
 */
public final class ColdStartRunner {

    private static final long TIMEOUT_SECONDS = 90;
    private static final Pattern STATUS_CODE = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d{3})");
    private static final Pattern ERROR_TYPE = Pattern.compile("\"errorType\"\\s*:\\s*\"([^\"]{1,200})\"");

    private final LambdaJvm jvm;
    private final LocalBackends backends;
    private final Path logDirectory;

    public ColdStartRunner(LambdaJvm jvm, LocalBackends backends, Path logDirectory) {
        this.jvm = jvm;
        this.backends = backends;
        this.logDirectory = logDirectory;
    }

    /** What one cold start measured. Times in milliseconds; NaN where the phase never ended. */
    public record Measurement(String function, int run, RuntimeApiEmulator.Outcome outcome, double initMs,
                              double firstEventMs, double cpuMs, String result, int itemsWritten, int publishes,
                              Path log, String appCds) {

        public boolean handled() {
            return outcome == RuntimeApiEmulator.Outcome.RESPONSE;
        }

        public double invokeMs() {
            return firstEventMs - initMs;
        }
    }

    public Measurement measure(MeasuredFunction function, int run) throws IOException, InterruptedException {
        return run(function, run, Map.of(), false);
    }

    /**
     * An AppCDS training run: one cold start like {@link #measure}, with {@code _JAVA_OPTIONS} set to dump the classes
     * the start loaded into {@code archive} when the JVM exits; the JVM is then stopped with SIGTERM (an orderly exit,
     * so the dump happens) instead of being killed. The measurement of a training run is not a cold start to report.
     */
    public Measurement train(MeasuredFunction function, Path archive) throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        return run(function, 0, Map.of("_JAVA_OPTIONS", "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath()), true);
    }

    /** Whether the JVM maps the function's app.jsa (see {@link LambdaJvm#mapsAppArchive}). */
    public boolean mapsAppArchive(MeasuredFunction function) throws IOException, InterruptedException {
        return jvm.mapsAppArchive(function);
    }

    private Measurement run(MeasuredFunction function, int run, Map<String, String> environmentOverrides,
                            boolean exitInOrder) throws IOException, InterruptedException {
        String table = backends.freshSeededTable(function.seed());
        int itemsBefore = backends.itemCount(table);
        int publishesBefore = backends.publishCount();
        Path log = logDirectory.resolve(function.name() + "-" + (exitInOrder ? "training" : run) + ".log");
        byte[] event = Files.readAllBytes(function.firstEvent());
        try (RuntimeApiEmulator api = RuntimeApiEmulator.start(event, function.name())) {
            ProcessBuilder builder = new ProcessBuilder(jvm.command(function.handler()))
                    .directory(function.codeDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(jvm.environment(function, api.address(), table,
                    backends.dynamoDbEndpoint(), backends.snsEndpoint()));
            builder.environment().putAll(environmentOverrides);

            long spawned = System.nanoTime();
            Process process = builder.start();
            double cpuMs = Double.NaN;
            try {
                waitForFirstEvent(api, process);
                // CPU time of all the JVM's threads up to now (the runtime then idles in `next`): unlike the wall
                // clock, it hardly moves when other work competes for the machine's cores.
                cpuMs = process.info().totalCpuDuration().map(d -> d.toNanos() / 1_000_000.0).orElse(Double.NaN);
            } finally {
                if (exitInOrder) {
                    process.destroy();
                    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } else {
                    process.destroyForcibly();
                }
                process.waitFor(10, TimeUnit.SECONDS);
            }
            double initMs = api.initDoneNanos().map(t -> millis(t - spawned)).orElse(Double.NaN);
            double firstEventMs = api.finishedNanos().map(t -> millis(t - spawned)).orElse(Double.NaN);
            Measurement measurement = new Measurement(function.name(), run, api.outcome(), initMs, firstEventMs,
                    cpuMs, result(api), backends.itemCount(table) - itemsBefore, backends.publishCount() - publishesBefore,
                    log, exitInOrder ? "training" : appCds(function));
            backends.dropTable(table);
            return measurement;
        }
    }

    private static void waitForFirstEvent(RuntimeApiEmulator api, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (api.awaitFinished(20, TimeUnit.MILLISECONDS) || !process.isAlive()) {
                return;
            }
        }
    }

    /**
     * A short, PHI-free summary of what the function answered: the HTTP status of an API Gateway response, "ok" for
     * other responses, the error type of an error. Never the body (a review response holds comment text).
     */
    private static String result(RuntimeApiEmulator api) {
        String body = new String(api.postedBody(), StandardCharsets.UTF_8);
        return switch (api.outcome()) {
            case RESPONSE -> {
                Matcher status = STATUS_CODE.matcher(body);
                yield status.find() ? "HTTP " + status.group(1) : "ok";
            }
            case INVOCATION_ERROR, INIT_ERROR -> {
                Matcher type = ERROR_TYPE.matcher(body);
                yield api.outcome() + (type.find() ? " " + type.group(1) : "");
            }
            case PENDING -> "no response (timed out or the JVM exited)";
        };
    }

    /**
     * Whether the function's AppCDS archive was in play: "none" when its task root holds no {@code app.jsa},
     * "rejected" when the JVM does not map it (stale or foreign archive: the start fell back to the runtime's base
     * archive, as without one), else "used". "–" for the baseline, which never gets the template's archive option.
     */
    private String appCds(MeasuredFunction function) throws IOException, InterruptedException {
        if (function.isBaseline()) {
            return "–";
        }
        if (!Files.isRegularFile(function.codeDirectory().resolve(ColdStartBench.APPCDS_ARCHIVE))) {
            return "none";
        }
        return jvm.mapsAppArchive(function) ? "used" : "rejected";
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
