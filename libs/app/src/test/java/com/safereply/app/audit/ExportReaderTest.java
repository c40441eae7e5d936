package com.safereply.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An export read back is the chain that was written: awkward fields survive, and tampering with the file shows. */
class ExportReaderTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    /** Every field a spreadsheet or a naive parser could mangle. */
    private static final String[] AWKWARD = {"=1+1", "-2", "+3", "@SUM(A1)", "\tlead tab", "'quoted already",
            "''two", "comma, inside", "quote \" inside", "line\nbreak", "cr\r\nlf", "ünïcödé ✓", ""};

    private static List<AuditEvent> chain() {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 0; i < AWKWARD.length * 2; i++) {
            String awkward = AWKWARD[i % AWKWARD.length];
            previous = AuditChain.append(previous, "sunrise-dental", T0.plusMillis(1500L * i),
                    awkward.isEmpty() ? "a" : awkward, i % 2 == 0 ? "viewed" : "edited", "draft-" + i, i,
                    "ab".repeat(32), i % 3 == 0 ? null : awkward);
            events.add(previous);
        }
        return events;
    }

    private static String export(ExportFormat format, List<AuditEvent> events, int pageSize) throws Exception {
        StringWriter out = new StringWriter();
        for (int start = 0; start < events.size(); start += pageSize) {
            AuditExportWriter writer = format.open(out, false);  // each page repeats the CSV header
            for (AuditEvent e : events.subList(start, Math.min(events.size(), start + pageSize))) {
                writer.write(e, Optional.empty());
            }
            writer.flush();
        }
        return out.toString();
    }

    private static List<AuditEvent> read(String text) {
        List<AuditEvent> events = new ArrayList<>();
        new ExportReader(new StringReader(text)).forEachRemaining(events::add);
        return events;
    }

    @Test
    void csvAndJsonLinesReadBackFieldForField() throws Exception {
        List<AuditEvent> events = chain();
        for (ExportFormat format : ExportFormat.values()) {
            List<AuditEvent> back = read(export(format, events, 7));
            assertEquals(events, back, format.name());
            assertTrue(ChainVerifier.verify(back.iterator(), null).intact(), format.name());
        }
    }

    @Test
    void anEditedCsvCellIsTheFirstBrokenLink() throws Exception {
        String csv = export(ExportFormat.CSV, chain(), 100);
        String edited = csv.replaceFirst("draft-5,", "draft-6,");

        ChainVerifier.Report report = ChainVerifier.verify(read(edited).iterator(), null);

        assertEquals(Optional.of(6L), report.firstBroken());
        assertTrue(report.problem().contains("edited"), report.problem());
    }

    @Test
    void aDeletedJsonLineIsCaughtWhereTheSequenceJumps() throws Exception {
        List<String> lines = new ArrayList<>(List.of(export(ExportFormat.JSONL, chain(), 100).split("\n")));
        lines.remove(9);

        ChainVerifier.Report report = ChainVerifier.verify(read(String.join("\n", lines)).iterator(), null);

        assertEquals(Optional.of(11L), report.firstBroken());
        assertTrue(report.problem().contains("deleted"), report.problem());
    }

    @Test
    void swappedJsonLinesAreCaught() throws Exception {
        List<String> lines = new ArrayList<>(List.of(export(ExportFormat.JSONL, chain(), 100).split("\n")));
        String fourth = lines.get(3);
        lines.set(3, lines.get(4));
        lines.set(4, fourth);

        ChainVerifier.Report report = ChainVerifier.verify(read(String.join("\n", lines)).iterator(), null);

        assertFalse(report.intact());
        assertEquals(Optional.of(5L), report.firstBroken());
    }

    @Test
    void aMalformedRowNamesItsNumberNotItsContent() {
        String csv = CsvAuditWriter.HEADER + "\r\n1,not-a-time,p,d,1,secret-actor,viewed,h,,p,h\r\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(csv));

        assertEquals("row 1: a required field is missing or malformed", e.getMessage());
        assertFalse(e.getMessage().contains("secret-actor"));
    }

    @Test
    void aCsvRowWithMissingFieldsIsRefused() {
        String csv = CsvAuditWriter.HEADER + "\r\n1,2026-12-01T09:00:00Z,p\r\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(csv));

        assertEquals("row 1: expected 11 fields, found 3", e.getMessage());
    }
}
