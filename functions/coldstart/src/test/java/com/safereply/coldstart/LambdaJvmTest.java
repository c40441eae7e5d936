package com.safereply.coldstart;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LambdaJvmTest {

    @Test
    void startsTheRuntimeInterfaceClientWithTheManagedRuntimesFlags() {
        List<String> command = new LambdaJvm(Path.of("/jdk/bin/java"), Path.of("/ric")).command("a.B::handleRequest");

        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.containsAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-XX:MaxHeapSize=445644k")), command::toString);
        assertEquals(List.of("-cp", "/ric/*", LambdaJvm.RUNTIME_CLIENT_MAIN, "a.B::handleRequest"),
                command.subList(command.size() - 4, command.size()));
    }

    @Test
    void theEnvironmentIsLambdasPlusTheTemplatesPlusTheFunctions() {
        MeasuredFunction notify = new MeasuredFunction("NotifyFunction", Path.of("/task"), MeasuredFunction.QUARKUS_HANDLER,
                Map.of("QUARKUS_LAMBDA_HANDLER", "notify", "SNS_ENDPOINT", "http://override"), Path.of("e.json"),
                LocalBackends.Seed.PRACTICE, "Plain");

        Map<String, String> env = LambdaJvm.environment(notify, "127.0.0.1:9001", "table-1",
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
