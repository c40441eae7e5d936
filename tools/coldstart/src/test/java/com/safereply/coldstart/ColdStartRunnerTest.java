package com.safereply.coldstart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness end to end on a tiny function: the real runtime interface client (target/runtime-client, copied before
 * the tests) starts in a fresh JVM, loads the handler from a task root as Lambda does, takes the event from the
 * emulator and posts the answer; the runner times it and tells a response from an error.
 */
class ColdStartRunnerTest {

    private static final Path TASK_ROOT = Path.of("target", "test-classes").toAbsolutePath();
    private static final String HANDLER = "com.safereply.coldstart.fixture.EchoHandler::handleRequest";

    private static LocalBackends backends;

    @TempDir
    Path work;

    @BeforeAll
    static void startBackends() throws Exception {
        backends = LocalBackends.start();
    }

    @AfterAll
    static void stopBackends() {
        backends.close();
    }

    @Test
    void timesAFreshJvmFromSpawnToTheFirstResponse() throws Exception {
        ColdStartRunner.Measurement m = runner().measure(function("{\"detail\":{}}"), 1);

        assertEquals(RuntimeApiEmulator.Outcome.RESPONSE, m.outcome(), () -> log(m));
        assertEquals("HTTP 204", m.result());
        assertTrue(m.initMs() > 0 && m.initMs() <= m.firstEventMs(), m::toString);
        assertTrue(m.invokeMs() >= 0, m::toString);
        assertTrue(m.cpuMs() > 0, "the JVM's CPU time is read before it is stopped: " + m);
    }

    @Test
    void aHandlerThatThrowsIsAnInvocationErrorNotAHandledEvent() throws Exception {
        ColdStartRunner.Measurement m = runner().measure(function("{\"fail\":true}"), 1);

        assertEquals(RuntimeApiEmulator.Outcome.INVOCATION_ERROR, m.outcome(), () -> log(m));
        assertTrue(m.result().contains("IllegalStateException"), m.result());
        assertTrue(!m.handled());
    }

    @Test
    void aTrainingRunHandlesTheEventAndLeavesAnArchiveThatTheSameJvmMaps() throws Exception {
        Path archive = work.resolve("app.jsa");

        ColdStartRunner.Measurement m = runner().train(function("{\"detail\":{}}"), archive);

        assertEquals(RuntimeApiEmulator.Outcome.RESPONSE, m.outcome(), () -> log(m));
        assertTrue(Files.size(archive) > 0, "SIGTERM is an orderly exit: the JVM writes the archive");
        MeasuredFunction archived = new MeasuredFunction("Echo", work, HANDLER, Map.of(), work.resolve("event.json"),
                LocalBackends.Seed.PRACTICE, "Plain");
        assertTrue(jvm().mapsAppArchive(archived), "mapped on top of the runtime's archive by the same JVM");
    }

    private ColdStartRunner runner() {
        return new ColdStartRunner(jvm(), backends, work);
    }

    private static LambdaJvm jvm() {
        return new LambdaJvm(Path.of(System.getProperty("java.home"), "bin", "java"), Path.of("target", "runtime-client"));
    }

    private MeasuredFunction function(String event) throws Exception {
        Path eventFile = Files.writeString(work.resolve("event.json"), event);
        return new MeasuredFunction("Echo", TASK_ROOT, HANDLER, Map.of(), eventFile, LocalBackends.Seed.PRACTICE, null);
    }

    private static String log(ColdStartRunner.Measurement m) {
        try {
            return Files.readString(m.log());
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
