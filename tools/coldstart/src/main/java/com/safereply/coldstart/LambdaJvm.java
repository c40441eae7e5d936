package com.safereply.coldstart;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How Lambda's java runtime starts a function's JVM, reproduced on this machine: the runtime interface client
 * ({@code AWSLambda}) on the JVM's classpath, the function's code loaded by the client from the working directory
 * (Lambda's {@code /var/task}: classes at the root, jars in {@code lib/}), the JVM flags of the managed runtime, and the
 * environment Lambda sets plus the function's own.
 */
public final class LambdaJvm {

    static final String RUNTIME_CLIENT_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** The functions' MemorySize in template.yaml (Globals). */
    static final int MEMORY_MB = 512;

    private final Path javaBinary;
    private final Path runtimeClientLib;
    private final List<String> diagnosticOptions;

    public LambdaJvm(Path javaBinary, Path runtimeClientLib) {
        this(javaBinary, runtimeClientLib, List.of());
    }

    /**
     * @param diagnosticOptions extra JVM options for looking inside a start (e.g. {@code -Xlog:class+load}); never
     *                          part of a reported measurement, the bench prints them in its header when set
     */
    public LambdaJvm(Path javaBinary, Path runtimeClientLib, List<String> diagnosticOptions) {
        this.javaBinary = javaBinary.toAbsolutePath();
        this.runtimeClientLib = runtimeClientLib.toAbsolutePath();
        this.diagnosticOptions = List.copyOf(diagnosticOptions);
    }

    /**
     * The managed java runtime's flags: heap at 85% of the memory size, serial GC, C1 only (tiered compilation
     * stopped at level 1, Lambda's default since java17), class data sharing required ({@code -Xshare:on}) with the
     * runtime's own archive named on the command line. Lambda passes {@code -Xshare:on
     * -XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa}; here the JDK's default archive stands in for it (what
     * {@code -Xshare:auto} would map anyway), so the command line has the same shape: a {@code SharedArchiveFile} in
     * {@code JAVA_TOOL_OPTIONS} loses to it, one in {@code _JAVA_OPTIONS} wins, as on Lambda.
     */
    List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(List.of("-XX:MaxHeapSize=" + (MEMORY_MB * 1024L * 85 / 100) + "k",
                "-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1"));
        Path runtimeArchive = runtimeArchive();
        if (Files.isRegularFile(runtimeArchive)) {
            flags.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + runtimeArchive));
        } else {
            flags.add("-Xshare:auto");   // a JDK built without a default archive: nothing to stand in for runtime.jsa
        }
        flags.add("-Djava.net.preferIPv4Stack=true");
        return flags;
    }

    /** The JDK's default CDS archive, the stand-in for Lambda's {@code /var/lang/lib/server/runtime.jsa}. */
    Path runtimeArchive() {
        return javaBinary.getParent().getParent().resolve("lib/server/classes.jsa");
    }

    public List<String> command(String handler) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary.toString());
        command.addAll(jvmFlags());
        command.addAll(diagnosticOptions);
        command.add("-cp");
        command.add(runtimeClientLib.resolve("*").toString());
        command.add(RUNTIME_CLIENT_MAIN);
        command.add(handler);
        return command;
    }

    /**
     * Whether this JVM, started as {@link #command} starts it with the function's environment, maps the function's
     * AppCDS archive on top of the runtime's: a separate, untimed {@code -version} start with {@code -Xlog:cds}. A
     * stale or foreign archive is rejected silently (only {@code -Xlog:cds} says so) and the start falls back to the
     * base archive, so a measurement cannot tell by itself.
     */
    public boolean mapsAppArchive(MeasuredFunction function) throws IOException, InterruptedException {
        List<String> check = new ArrayList<>();
        check.add(javaBinary.toString());
        check.addAll(jvmFlags());
        check.addAll(List.of("-Xlog:cds", "-cp", runtimeClientLib.resolve("*").toString(), "-version"));
        ProcessBuilder builder = new ProcessBuilder(check).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("_JAVA_OPTIONS", appArchiveOptions(function));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        process.waitFor();
        return output.contains("Mapped dynamic region");
    }

    String appArchiveOptions(MeasuredFunction function) {
        // Lambda's paths mapped to this machine's: the unzipped code for /var/task, the stand-in runtime archive.
        return TEMPLATE_JAVA_OPTIONS.replace(LAMBDA_RUNTIME_ARCHIVE, runtimeArchive().toString())
                .replace(LAMBDA_TASK_ROOT, function.codeDirectory().toString());
    }

    static final String LAMBDA_TASK_ROOT = "/var/task";
    /** The archive's file name in the task root, as the template's {@code _JAVA_OPTIONS} names it. */
    static final String APP_ARCHIVE = "app.jsa";
    /** Where Lambda's java runtime keeps its own CDS archive, named on its command line. */
    static final String LAMBDA_RUNTIME_ARCHIVE = "/var/lang/lib/server/runtime.jsa";
    /**
     * template.yaml Globals when {@code EnableAppCds=true} (off by default, then there is no {@code _JAVA_OPTIONS}): the
     * runtime's archive as the base and the function's AppCDS archive on top (trained by infra/bench/appcds.sh).
     * {@code _JAVA_OPTIONS} because the JVM reads it after the command line (the runtime's own {@code SharedArchiveFile}
     * would override one in {@code JAVA_TOOL_OPTIONS}); {@code -Xshare:auto} because the runtime's {@code -Xshare:on}
     * would refuse to start with a stale archive, where auto falls back to the base.
     */
    static final String TEMPLATE_JAVA_OPTIONS = "-Xshare:auto -XX:SharedArchiveFile=" + LAMBDA_RUNTIME_ARCHIVE
            + ":" + LAMBDA_TASK_ROOT + "/" + APP_ARCHIVE;
    /** template.yaml Globals: the same tiered flags as the runtime's. */
    static final String TEMPLATE_JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /**
     * Lambda's reserved variables for a function, then the template's globals, then the function's own. Credentials
     * are fake: the stand-ins accept any signature, and the SDK must find them in the environment as on Lambda.
     */
    public Map<String, String> environment(MeasuredFunction function, String runtimeApi, String table,
                                                  URI dynamoDbEndpoint, URI snsEndpoint) {
        Map<String, String> env = new TreeMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", function.handler());
        env.put("LAMBDA_TASK_ROOT", function.codeDirectory().toString());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "safereply-coldstart-" + function.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/safereply-coldstart-" + function.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "coldstart");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        // DynamoDB Local keeps a database per access key and region (no -sharedDb): the key the harness seeds with.
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_SESSION_TOKEN", "coldstart-local-token");
        // template.yaml Globals
        env.put("TABLE_NAME", table);
        env.put("DISABLE_SIGNAL_HANDLERS", "true");
        env.put("JAVA_TOOL_OPTIONS", TEMPLATE_JAVA_TOOL_OPTIONS);
        if (!function.isBaseline() && Files.isRegularFile(function.codeDirectory().resolve(APP_ARCHIVE))) {
            // A zip with app.jsa is measured as deployed with EnableAppCds=true, one without as the default deployment
            // (no _JAVA_OPTIONS). The baseline keeps Lambda's defaults. Lambda's /var/task is the unzipped directory.
            env.put("_JAVA_OPTIONS", appArchiveOptions(function));
        }
        env.put("DYNAMODB_ENDPOINT", dynamoDbEndpoint.toString());
        env.put("SNS_ENDPOINT", snsEndpoint.toString());
        env.putAll(function.environment());
        return env;
    }
}
