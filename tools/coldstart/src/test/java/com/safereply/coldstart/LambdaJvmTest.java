package com.safereply.coldstart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LambdaJvmTest {

    private static final Path THIS_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void startsTheRuntimeInterfaceClientWithTheManagedRuntimesFlags() {
        List<String> command = new LambdaJvm(Path.of("/jdk/bin/java"), Path.of("/ric")).command("a.B::handleRequest");

        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.containsAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-XX:MaxHeapSize=445644k")), "no default archive in /jdk: CDS as available " + command);
        assertEquals(List.of("-cp", "/ric/*", LambdaJvm.RUNTIME_CLIENT_MAIN, "a.B::handleRequest"),
                command.subList(command.size() - 4, command.size()));
    }

    @Test
    void likeLambdaTheCommandLineRequiresTheRuntimesArchive() {
        LambdaJvm jvm = new LambdaJvm(THIS_JAVA, Path.of("/ric"));

        List<String> command = jvm.command("a.B::handleRequest");

        assertTrue(command.containsAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + jvm.runtimeArchive())),
                command::toString);
    }

    @Test
    void theHarnessUsesTheTemplatesJvmOptions() throws IOException {
        String template = Files.readString(Path.of("../../template.yaml"));

        assertTrue(template.contains("JAVA_TOOL_OPTIONS: \"" + LambdaJvm.TEMPLATE_JAVA_TOOL_OPTIONS + "\""));
        assertTrue(template.contains("_JAVA_OPTIONS: !If [AppCdsEnabled, \"" + LambdaJvm.TEMPLATE_JAVA_OPTIONS
                + "\", !Ref AWS::NoValue]"), "the AppCDS options, only when EnableAppCds=true");
    }

    /** With app.jsa in the zip: as deployed with EnableAppCds=true; without: as the default deployment. */
    @Test
    void safeReplyFunctionsGetTheirArchiveOnlyWhenTheZipHasOneAndTheBaselineKeepsLambdasDefaults(
            @TempDir Path code) throws IOException {
        LambdaJvm jvm = new LambdaJvm(THIS_JAVA, Path.of("/ric"));
        Path withArchive = Files.createDirectories(code.resolve("webhook"));
        Files.writeString(withArchive.resolve("app.jsa"), "archive");
        Path baselineDir = Files.createDirectories(code.resolve("baseline"));
        Files.writeString(baselineDir.resolve("app.jsa"), "archive");
        MeasuredFunction webhook = new MeasuredFunction("WebhookFunction", withArchive,
                MeasuredFunction.QUARKUS_HANDLER, Map.of(), Path.of("e.json"), LocalBackends.Seed.PRACTICE, "Plain");
        MeasuredFunction review = new MeasuredFunction("ReviewFunction", Files.createDirectories(code.resolve("review")),
                MeasuredFunction.QUARKUS_HANDLER, Map.of(), Path.of("e.json"), LocalBackends.Seed.PRACTICE, "Plain");
        MeasuredFunction plain = new MeasuredFunction("Plain", baselineDir,
                MeasuredFunction.PLAIN_HANDLER, Map.of(), Path.of("e.json"), LocalBackends.Seed.PRACTICE, null);

        assertEquals("-Xshare:auto -XX:SharedArchiveFile=" + jvm.runtimeArchive() + ":" + withArchive + "/app.jsa",
                javaOptions(jvm, webhook));
        assertNull(javaOptions(jvm, review), "no archive: the default deployment sets no _JAVA_OPTIONS");
        assertNull(javaOptions(jvm, plain));
    }

    private static String javaOptions(LambdaJvm jvm, MeasuredFunction function) {
        return jvm.environment(function, "api", "t", URI.create("http://d"), URI.create("http://s")).get("_JAVA_OPTIONS");
    }

    @Test
    void withAppCdsEnabledAZipWithoutAnArchiveStillStartsUnderTheRuntimesXshareOn(@TempDir Path task) throws Exception {
        LambdaJvm jvm = new LambdaJvm(THIS_JAVA, Path.of("target/runtime-client"));
        MeasuredFunction function = function(task);

        assertFalse(jvm.mapsAppArchive(function));
        assertEquals(0, startVersion(jvm, function), "the template's -Xshare:auto wins over the runtime's -Xshare:on");
    }

    /**
     * The JDK's behaviour that infra/bench/appcds.sh guards against: an unreadable archive fails the start even with
     * -Xshare:auto (only a readable but stale or foreign one falls back), so the script checks that each archive maps
     * before it adds it to a zip.
     */
    @Test
    void aCorruptArchiveIsNotMappedAndFailsTheStart(@TempDir Path task) throws Exception {
        LambdaJvm jvm = new LambdaJvm(THIS_JAVA, Path.of("target/runtime-client"));
        MeasuredFunction function = function(task);
        Files.writeString(task.resolve("app.jsa"), "not an archive");

        assertFalse(jvm.mapsAppArchive(function));
        assertNotEquals(0, startVersion(jvm, function));
    }

    private static MeasuredFunction function(Path task) {
        return new MeasuredFunction("WebhookFunction", task, MeasuredFunction.QUARKUS_HANDLER, Map.of(),
                Path.of("e.json"), LocalBackends.Seed.PRACTICE, "Plain");
    }

    /** {@code java -version} with the runtime's flags and the template's AppCDS {@code _JAVA_OPTIONS}; its exit code. */
    private static int startVersion(LambdaJvm jvm, MeasuredFunction function) throws Exception {
        List<String> command = new ArrayList<>(jvm.command("unused"));
        command.subList(command.size() - 2, command.size()).clear();
        command.add("-version");
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true);
        start.environment().put("_JAVA_OPTIONS", jvm.appArchiveOptions(function));
        Process process = start.start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    @Test
    void theEnvironmentIsLambdasPlusTheTemplatesPlusTheFunctions() {
        MeasuredFunction notify = new MeasuredFunction("NotifyFunction", Path.of("/task"), MeasuredFunction.QUARKUS_HANDLER,
                Map.of("QUARKUS_LAMBDA_HANDLER", "notify", "SNS_ENDPOINT", "http://override"), Path.of("e.json"),
                LocalBackends.Seed.PRACTICE, "Plain");

        Map<String, String> env = new LambdaJvm(THIS_JAVA, Path.of("/ric")).environment(notify, "127.0.0.1:9001", "table-1",
                URI.create("http://127.0.0.1:8000"), URI.create("http://127.0.0.1:9911"));

        assertEquals("127.0.0.1:9001", env.get("AWS_LAMBDA_RUNTIME_API"));
        assertEquals(MeasuredFunction.QUARKUS_HANDLER, env.get("_HANDLER"));
        assertEquals("/task", env.get("LAMBDA_TASK_ROOT"));
        assertEquals("512", env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
        assertEquals("table-1", env.get("TABLE_NAME"));
        assertEquals("http://127.0.0.1:8000", env.get("DYNAMODB_ENDPOINT"));
        assertEquals("true", env.get("DISABLE_SIGNAL_HANDLERS"));
        assertEquals("notify", env.get("QUARKUS_LAMBDA_HANDLER"));
        assertEquals("http://override", env.get("SNS_ENDPOINT"), "the function's own variables win");
        assertTrue(env.containsKey("AWS_ACCESS_KEY_ID") && env.containsKey("AWS_SECRET_ACCESS_KEY"));
    }
}
