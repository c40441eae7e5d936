package com.safereply.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.memory.InMemoryAuditLog;
import com.safereply.app.review.Approver;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewNotFoundException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may export, what an export holds, and how it pages. */
class AuditExportServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static final String PRACTICE = "sunrise-dental";
    private static final Approver ADMIN = new Approver("admin-1", null, PRACTICE, true, false);
    private static final Approver COMPLIANCE = new Approver("officer-1", null, PRACTICE, false, true);
    private static final Approver APPROVER = new Approver("approver-1", null, PRACTICE, false, false);
    private static final Approver OTHER_ADMIN = new Approver("admin-9", null, "other-practice", true, true);
    private static final AuditRange NOVEMBER = new AuditRange(T0, Instant.parse("2026-12-01T00:00:00Z"));
    private static final String TEXT = "Thanks for reaching out, please call us at 555-0100.";

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AuditExportService exports = new AuditExportService(log,
            e -> e.textHash().equals(AuditEntry.sha256(TEXT)) ? Optional.of(TEXT) : Optional.empty(),
            Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void events() {
        for (int i = 0; i < 250; i++) {
            log.record(new AuditEntry("e" + i, "draft-" + (i / 5), PRACTICE, T0.plusSeconds(3600L * i),
                    "approver-" + (i % 3), AuditAction.values()[i % 10], 1 + i % 5, AuditEntry.sha256(TEXT), null));
        }
        log.record(new AuditEntry("x", "draft-x", "other-practice", T0, "someone", AuditAction.VIEWED, 1,
                AuditEntry.sha256(TEXT), null));
    }

    private static AuditExportService.Request request(AuditRange range, boolean text, String cursor, int limit) {
        return new AuditExportService.Request(range, ExportFormat.CSV, text, cursor, limit);
    }

    private List<AuditEvent> all(Approver who, AuditRange range, int limit) {
        List<AuditEvent> events = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AuditExportService.ExportPage page = exports.page(who, PRACTICE, request(range, false, cursor, limit));
            page.rows().forEach(r -> events.add(r.event()));
            cursor = page.nextCursor().orElse(null);
            assertTrue(++pages < 1000);
        } while (cursor != null);
        return events;
    }

    @Test
    void pagesJoinIntoTheWholeRangeInChainOrder() {
        List<AuditEvent> events = all(ADMIN, NOVEMBER, 7);

        assertEquals(250, events.size(), "every hourly event of the practice, none of the other practice's");
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).sequence() + 1, events.get(i).sequence());
            assertFalse(events.get(i).at().isBefore(events.get(i - 1).at()));
        }
        assertTrue(events.stream().allMatch(e -> NOVEMBER.contains(e.at())));
        assertTrue(events.stream().allMatch(e -> e.practiceId().equals(PRACTICE)));
        assertTrue(ChainVerifier.verify(events.iterator(), null).intact());
    }

    @Test
    void aRangeInTheMiddleStartsAtItsFirstEventAndVerifiesOnItsOwn() {
        AuditRange day = new AuditRange(Instant.parse("2026-11-05T00:00:00Z"), Instant.parse("2026-11-06T00:00:00Z"));

        List<AuditEvent> events = all(COMPLIANCE, day, 5);

        assertEquals(24, events.size());
        assertEquals(Instant.parse("2026-11-05T00:00:00Z"), events.get(0).at());
        assertEquals(Instant.parse("2026-11-05T23:00:00Z"), events.get(23).at());
        assertTrue(ChainVerifier.verify(events.iterator(), null).intact());
    }

    @Test
    void anEmptyRangeIsAnEmptyPage() {
        AuditRange before = new AuditRange(Instant.parse("2025-01-01T00:00:00Z"), T0);

        assertEquals(List.of(), exports.page(ADMIN, PRACTICE, request(before, false, null, 10)).rows());
    }

    @Test
    void otherPracticesAreNotFoundAndOtherRolesAreRefused() {
        assertThrows(ReviewNotFoundException.class,
                () -> exports.page(OTHER_ADMIN, PRACTICE, request(NOVEMBER, false, null, 10)));
        AuditForbiddenException refused = assertThrows(AuditForbiddenException.class,
                () -> exports.page(APPROVER, PRACTICE, request(NOVEMBER, false, null, 10)));
        assertTrue(refused.getMessage().contains("admins and the compliance group"));
    }

    @Test
    void textIsForTheComplianceGroupOnly() {
        AuditForbiddenException e = assertThrows(AuditForbiddenException.class,
                () -> exports.page(ADMIN, PRACTICE, request(NOVEMBER, true, null, 10)));

        assertEquals("only the compliance group may export comment and reply text", e.getMessage());
        log.seal(PRACTICE);
        assertTrue(log.chain(PRACTICE).stream().noneMatch(ev -> ev.action().equals("exported_with_text")),
                "a refused export discloses nothing and records nothing");
    }

    @Test
    void noTextByDefaultAndTheTextExportIsItselfAudited() throws Exception {
        AuditExportService.ExportPage plain = exports.page(ADMIN, PRACTICE, request(NOVEMBER, false, null, 10));
        StringWriter out = new StringWriter();
        plain.writeTo(ExportFormat.CSV, out);
        assertFalse(out.toString().contains(TEXT));

        AuditExportService.ExportPage withText = exports.page(COMPLIANCE, PRACTICE, request(NOVEMBER, true, null, 10));
        StringWriter textOut = new StringWriter();
        withText.writeTo(ExportFormat.CSV, textOut);
        assertTrue(textOut.toString().contains(TEXT));
        exports.page(COMPLIANCE, PRACTICE, request(NOVEMBER, true, withText.nextCursor().orElseThrow(), 10));

        log.seal(PRACTICE);
        List<AuditEvent> recorded = log.chain(PRACTICE).stream()
                .filter(e -> e.action().equals("exported_with_text")).toList();
        assertEquals(2, recorded.size(), "each page served with text is on the record");
        assertEquals("officer-1", recorded.get(0).actor());
        assertEquals(AuditExportService.NO_DRAFT, recorded.get(0).draftId());
        assertTrue(recorded.get(0).detail().contains("from 2026-11-02T00:00:00Z"));
        assertTrue(recorded.get(1).detail().contains("after sequence 10"));
    }

    @Test
    void cursorsAreBoundToTheirPracticeAndRange() {
        String cursor = exports.page(ADMIN, PRACTICE, request(NOVEMBER, false, null, 3)).nextCursor().orElseThrow();
        AuditRange other = new AuditRange(T0, Instant.parse("2026-11-20T00:00:00Z"));

        assertThrows(InvalidCursorException.class, () -> exports.page(ADMIN, PRACTICE, request(other, false, cursor, 3)));
        assertThrows(InvalidCursorException.class, () -> exports.page(ADMIN, PRACTICE,
                request(NOVEMBER, false, "bm90IGEgY3Vyc29y", 3)));
        InvalidCursorException foreign = assertThrows(InvalidCursorException.class,
                () -> exports.page(OTHER_ADMIN, "other-practice", request(NOVEMBER, false, cursor, 3)));
        assertEquals("invalid cursor: issued for another practice", foreign.getMessage());
    }

    @Test
    void limitsAreChecked() {
        assertThrows(InvalidReviewRequestException.class,
                () -> exports.page(ADMIN, PRACTICE, request(NOVEMBER, false, null, AuditExportService.MAX_LIMIT + 1)));
        assertThrows(InvalidReviewRequestException.class, () -> exports.page(COMPLIANCE, PRACTICE,
                request(NOVEMBER, true, null, AuditExportService.MAX_LIMIT_WITH_TEXT + 1)));
    }

    @Test
    void freeTextApprovalsExportAnAttestation() {
        log.record(new AuditEntry("a1", "draft-a", PRACTICE, T0.plusSeconds(30), "approver-2", AuditAction.APPROVED,
                3, AuditEntry.sha256(TEXT), "verdict review: second approver attested neitherConfirmsNorDeniesRelationship,"
                + " noHealthInformation"));
        List<AuditEvent> events = all(ADMIN, new AuditRange(T0.plusSeconds(30), T0.plusSeconds(31)), 10);

        assertEquals(List.of("approved", "attested"), events.stream().map(AuditEvent::action).toList());
    }
}
