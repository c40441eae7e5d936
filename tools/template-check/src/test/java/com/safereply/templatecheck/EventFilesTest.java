package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every file in {@code events/} is for a function (naming convention in {@link EventConvention}), fits that function's
 * routes or trigger, and loads into its aws-lambda-java-events type with the loader Lambda's own tests use.
 */
class EventFilesTest {

    private static final Path EVENTS = Repo.ROOT.resolve("events");
    private final ObjectMapper json = new ObjectMapper();
    private final EventChecks checks = new EventChecks(Repo.TEMPLATE, Repo.TEMPLATE.table(Repo.TABLE_ID));

    @TestFactory
    Stream<DynamicTest> everySampleEventIsUsableByItsFunction() throws IOException {
        if (!Files.isDirectory(EVENTS)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(EVENTS)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.equalsIgnoreCase("README.md")) {
            return;
        }
        assertTrue(name.endsWith(".json"), name + ": events/ holds only .json sample events (and a README.md)");
        JsonNode event = json.readTree(file.toFile());
        assertEquals(List.of(), checks.check(name, event));

        // The same loader (and its field-casing mixins) the function tests use: a file it cannot read is useless there.
        String resource = "events/" + name;
        switch (EventConvention.targetOf(name).orElseThrow().kind()) {
            case HTTP_API -> {
                APIGatewayV2HTTPEvent http = EventLoader.loadApiGatewayHttpEvent(resource);
                assertNotNull(http.getRequestContext(), name + ": requestContext");
                assertNotNull(http.getRequestContext().getHttp(), name + ": requestContext.http");
            }
            case DYNAMODB_STREAM -> {
                DynamodbEvent stream = EventLoader.loadDynamoDbEvent(resource);
                assertFalse(stream.getRecords().isEmpty(), name + ": records");
                stream.getRecords().forEach(r -> assertNotNull(r.getDynamodb().getKeys(), name + ": keys"));
            }
            case SCHEDULE -> {
                ScheduledEvent schedule = EventLoader.loadScheduledEvent(resource);
                assertEquals("aws.events", schedule.getSource());
                assertNotNull(schedule.getTime(), name + ": time");
            }
        }
    }
}
