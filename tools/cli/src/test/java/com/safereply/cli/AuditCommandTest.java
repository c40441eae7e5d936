package com.safereply.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.DraftRecord;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.TestDrafts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code audit export} against DynamoDB Local and {@code audit verify} on what it wrote, untouched and tampered. */
class AuditCommandTest {
    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private DynamoDbStores stores;
    private String practice;

    @BeforeEach
    void seed() {
        stores = dynamo.stores();
        practice = "cli-" + System.nanoTime();
        DraftRecord draft = TestDrafts.pending(practice, "c1", T0);
        stores.drafts().create(draft, TestDrafts.delivery(draft, T0), TestDrafts.created(draft));
        for (int i = 0; i < 25; i++) {
            stores.drafts().appendAudit(new AuditEntry("e" + i, draft.draftId(), practice, T0.plusSeconds(60L * (i + 1)),
                    i % 2 == 0 ? "=cmd|' /C calc'!A0" : "approver, \"two\"", AuditAction.VIEWED, 1,
                    "ab".repeat(32), i % 3 == 0 ? "line one\nline two" : null));
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new AuditCommand(() -> stores.auditLog(), () -> stores.auditBackfill()).run(List.of(args),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExportVerifiesAndEveryKindOfTamperingIsTheFirstBrokenLink() {
        for (String format : List.of("csv", "jsonl")) {
            Run export = run("", "export", "--practice", practice, "--from", "2026-11-01T00:00:00Z",
                    "--to", "2026-12-01T00:00:00Z", "--format", format, "--page-size", "4");
            assertEquals(0, export.exit(), export.err());
            assertTrue(export.err().contains("26 events exported"), export.err());

            Run intact = run(export.out(), "verify");
            assertEquals(0, intact.exit(), intact.out() + intact.err());
            assertEquals("intact: 26 events, every link holds\n", intact.out());
        }
        String jsonl = run("", "export", "--practice", practice, "--from", "2026-11-01T00:00:00Z",
                "--to", "2026-12-01T00:00:00Z", "--format", "jsonl").out();
        List<String> lines = new ArrayList<>(List.of(jsonl.split("\n")));

        List<String> edited = new ArrayList<>(lines);
        edited.set(6, edited.get(6).replace("\"draftVersion\":1", "\"draftVersion\":2"));
        Run editedRun = run(String.join("\n", edited), "verify");
        assertEquals(1, editedRun.exit());
        assertTrue(editedRun.out().startsWith("broken: event 7: its fields do not match its hash"), editedRun.out());

        List<String> deleted = new ArrayList<>(lines);
        deleted.remove(10);
        Run deletedRun = run(String.join("\n", deleted), "verify");
        assertEquals(1, deletedRun.exit());
        assertTrue(deletedRun.out().startsWith("broken: event 12: sequence jumps from 10 to 12"), deletedRun.out());

        List<String> reordered = new ArrayList<>(lines);
        reordered.add(3, reordered.remove(15));
        Run reorderedRun = run(String.join("\n", reordered), "verify");
        assertEquals(1, reorderedRun.exit());
        assertTrue(reorderedRun.out().startsWith("broken: event 16:"), reorderedRun.out());
    }

    @Test
    void sealBackfillChainsItemsWrittenBeforeTheChainOnceThenNothing() {
        // as the stores wrote them before the chain: no unchained index key
        List<Map<String, AttributeValue>> items = dynamo.client().scan(b -> b.tableName(dynamo.tableName())
                .filterExpression("practiceId = :p AND #t = :audit").expressionAttributeNames(Map.of("#t", "type"))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(practice),
                        ":audit", AttributeValue.fromS("AUDIT")))).items();
        assertEquals(26, items.size());
        for (Map<String, AttributeValue> item : items) {
            dynamo.client().updateItem(b -> b.tableName(dynamo.tableName())
                    .key(Map.of("PK", item.get("PK"), "SK", item.get("SK"))).updateExpression("REMOVE GSI1PK, GSI1SK"));
        }
        assertEquals(0, stores.auditLog().seal(practice), "the sealer alone never finds them");

        Run first = run("", "seal-backfill", "--practice", practice);

        assertEquals(0, first.exit(), first.err());
        assertEquals("practice " + practice + ": 26 audit items without a chain mark, 0 of them chained already,"
                + " 26 queued; 26 events chained\n", first.out());
        Run again = run("", "seal-backfill", "--practice", practice);
        assertEquals("practice " + practice + ": 0 audit items without a chain mark, 0 of them chained already,"
                + " 0 queued; 0 events chained\n", again.out(), "idempotent");
        Run export = run("", "export", "--practice", practice, "--from", "2026-11-01T00:00:00Z",
                "--to", "2026-12-01T00:00:00Z", "--format", "jsonl");
        assertTrue(export.err().contains("26 events exported (0 newly chained)"), export.err());
        assertEquals("intact: 26 events, every link holds\n", run(export.out(), "verify").out());
        assertEquals(2, run("", "seal-backfill").exit(), "--practice is required");
    }

    @Test
    void usageErrorsAreExit2WithAClearMessage() {
        Run missing = run("", "export", "--practice", practice);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--practice, --from and --to are required"));
        Run badTime = run("", "export", "--practice", practice, "--from", "monday", "--to", "tuesday");
        assertTrue(badTime.err().contains("ISO-8601"));
        Run garbage = run("this is, not an export\n", "verify");
        assertEquals(2, garbage.exit());
        assertTrue(garbage.err().contains("unreadable export"), garbage.err());
    }
}
