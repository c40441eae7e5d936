package com.safereply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.Platform;
import com.safereply.app.practice.admin.PracticeChange;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code practice put} against DynamoDB Local, through the same use case and store as the API. */
class PracticeCommandTest {

    @TempDir
    Path dir;

    private final DynamoDbLocalServer server = DynamoDbLocalServer.shared();
    private Map<String, String> env;
    private DynamoDbStores stores;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void freshTable() {
        String table = server.createTable();
        env = new HashMap<>(server.environment(table));
        env.put("USER", "ops-ann");
        stores = DynamoDbStores.create(server.config(table));
    }

    @Test
    void putCreatesThenReplacesThePracticeAuditedAsTheOperator() throws IOException {
        assertEquals(Main.OK, put(file("harbor", "Harbor Dental", "104400000000001")), text(err));
        assertEquals("{\"practiceId\":\"harbor\",\"version\":1}", text(out).strip());
        assertEquals("harbor", stores.practices().findByChannel(Platform.FACEBOOK, "104400000000001").orElseThrow()
                .practiceId());

        out.reset();
        assertEquals(Main.OK, put(file("harbor", "Harbor Family Dental", "104400000000002")));
        assertEquals("{\"practiceId\":\"harbor\",\"version\":2}", text(out).strip());
        assertTrue(stores.practices().findByChannel(Platform.FACEBOOK, "104400000000001").isEmpty(), "released");
        List<PracticeChange> trail = stores.practiceAdmin().changes("harbor");
        assertEquals(List.of("cli:ops-ann", "cli:ops-ann"), trail.stream().map(PracticeChange::actor).toList());
        assertEquals(List.of("profile.name", "channels"), trail.get(1).fields());
    }

    @Test
    void anInvalidDocumentNamesItsFieldAndAClaimedChannelIsRefusedWithNothingWritten() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"profile\": {\"practiceId\": \"harbor\", \"name\": \"H\", \"jurisdiction\": \"FR\","
                + " \"languages\": [\"en\"], \"publishedPhones\": [\"555-0100\"]}}");
        assertEquals(Main.USAGE, put(bad));
        assertTrue(text(err).contains("field profile.jurisdiction"), text(err));
        assertTrue(stores.practiceAdmin().read("harbor").isEmpty());

        assertEquals(Main.OK, put(file("harbor", "Harbor Dental", "104400000000009")));
        assertEquals(PracticeCommand.REFUSED, put(file("sunrise", "Sunrise Dental", "104400000000009")));
        assertTrue(stores.practiceAdmin().read("sunrise").isEmpty());
    }

    @Test
    void withoutATableOrFileItIsAUsageError() {
        env.remove("TABLE_NAME");
        assertEquals(Main.USAGE, new PracticeCommand(e -> stores.practiceAdmin())
                .run(List.of("put", "--file", "x.json"), env, new PrintStream(out), new PrintStream(err)));
        assertEquals(Main.USAGE, new PracticeCommand(e -> stores.practiceAdmin())
                .run(List.of("put"), env, new PrintStream(out), new PrintStream(err)));
    }

    private int put(Path file) {
        return PracticeCommand.onDynamoDb().run(List.of("put", "--file", file.toString()), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String id, String name, String page) throws IOException {
        Path file = dir.resolve(id + "-" + System.nanoTime() + ".json");
        Files.writeString(file, """
                {"profile": {"practiceId": "%s", "name": "%s", "jurisdiction": "US", "languages": ["en"],
                             "publishedPhones": ["(212) 555-0147"]},
                 "channels": [{"platform": "facebook", "id": "%s"}]}""".formatted(id, name, page));
        return file;
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
