package com.safereply.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a compliance officer's spreadsheet or script reads from an export. */
class ExportFormatTest {
    private static final AuditEvent AWKWARD = AuditChain.append(null, "sunrise-dental",
            Instant.parse("2026-12-01T09:00:00Z"), "=HYPERLINK(\"http://evil\")", "rejected", "d1", 3,
            "cd".repeat(32), "reason: \"rude\", then\nedited");

    @Test
    void csvQuotesAwkwardFieldsAndDefusesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        AuditExportWriter csv = ExportFormat.CSV.open(out, false);
        csv.write(AWKWARD, Optional.of("secret text"));
        csv.flush();

        String[] lines = out.toString().split("\r\n", 2);
        assertEquals(CsvAuditWriter.HEADER, lines[0]);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), lines[1]);
        assertTrue(lines[1].contains("\"reason: \"\"rude\"\", then\nedited\""), lines[1]);
        assertFalse(out.toString().contains("secret text"), "no text unless the export asked for it");
    }

    /** Every character a spreadsheet reads as a formula's start is defused, not only "=". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tcmd", "'quoted"})
    void csvDefusesEveryFormulaStart(String actor) throws Exception {
        StringWriter out = new StringWriter();
        AuditExportWriter csv = ExportFormat.CSV.open(out, false);
        csv.write(AuditChain.append(null, "sunrise-dental", Instant.parse("2026-12-01T09:00:00Z"), actor, "viewed", "d1",
                1, "ab".repeat(32), null), Optional.empty());
        csv.flush();

        String row = out.toString().split("\r\n")[1];
        assertTrue(row.contains(",'" + actor + ","), row);
    }

    @Test
    void csvWithTextAddsTheColumn() throws Exception {
        StringWriter out = new StringWriter();
        AuditExportWriter csv = ExportFormat.CSV.open(out, true);
        csv.write(AWKWARD, Optional.of("Please call us, thanks"));

        assertTrue(out.toString().startsWith(CsvAuditWriter.HEADER + ",text\r\n"));
        assertTrue(out.toString().endsWith(",\"Please call us, thanks\"\r\n"));
    }

    @Test
    void jsonLinesAreOneParsableObjectPerLineCarryingTheChain() throws Exception {
        StringWriter out = new StringWriter();
        AuditExportWriter jsonl = ExportFormat.JSONL.open(out, false);
        AuditEvent second = AuditChain.append(AWKWARD, "sunrise-dental", Instant.parse("2026-12-01T09:05:00Z"),
                "approver-2", "approved", "d1", 4, "ef".repeat(32), null);
        jsonl.write(AWKWARD, Optional.empty());
        jsonl.write(second, Optional.empty());

        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        JsonNode next = new ObjectMapper().readTree(lines[1]);
        assertEquals("reason: \"rude\", then\nedited", first.get("detail").asText());
        assertEquals(first.get("hash").asText(), next.get("previousHash").asText());
        assertFalse(first.has("text"));
    }

    @Test
    void unknownFormatIsRefusedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
        assertEquals("format must be csv or jsonl", e.getMessage());
    }
}
