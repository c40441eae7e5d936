package com.safereply.app.audit;

import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.review.Approver;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The compliance export of a practice's audit trail: every chained event of a time range, in chain order, one page
 * at a time (so a year of a busy practice never has to fit in one function's memory or time).
 *
 * <ul>
 *   <li><b>Who</b>: the practice's admins and its compliance group; another practice is "not found", exactly like an
 *   unknown one; another role is refused.</li>
 *   <li><b>Text</b>: none by default (events carry the text's SHA-256). {@code includeText} is for the compliance
 *   group only, and every page served with text is itself an audit event ({@code exported_with_text}), recorded
 *   before the page is read so a failed read still leaves the disclosure attempt on record.</li>
 *   <li><b>Chain</b>: the practice's pending audit items are sealed into the chain before the first page, so the
 *   export reaches up to the moment it was asked for.</li>
 * </ul>
 */
public final class AuditExportService {
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 2000;
    /** Texts are up to 2,000 characters: 500 rows keep a page under API Gateway's 6 MB answer. */
    public static final int MAX_LIMIT_WITH_TEXT = 500;
    /** The draft id of practice-level events. */
    public static final String NO_DRAFT = "-";

    private final AuditLog log;
    private final AuditTexts texts;
    private final Clock clock;

    public AuditExportService(AuditLog log, AuditTexts texts, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.texts = Objects.requireNonNull(texts);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What to export. {@code cursor} is null for the first page. */
    public record Request(AuditRange range, ExportFormat format, boolean includeText, String cursor, int limit) {
        public Request {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(format, "format");
        }
    }

    /** One exported event and, for exports with text, its text when still kept. */
    public record Row(AuditEvent event, Optional<String> text) {}

    /** One page: its rows and the cursor of the next page, if the range goes on. */
    public record ExportPage(List<Row> rows, Optional<String> nextCursor, boolean withText) {
        public void writeTo(ExportFormat format, Writer out) throws IOException {
            AuditExportWriter writer = format.open(out, withText);
            for (Row row : rows) {
                writer.write(row.event(), row.text());
            }
            writer.flush();
        }
    }

    public ExportPage page(Approver approver, String practiceId, Request request) {
        authorise(approver, practiceId, request.includeText());
        int max = request.includeText() ? MAX_LIMIT_WITH_TEXT : MAX_LIMIT;
        if (request.limit() < 1 || request.limit() > max) {
            throw new InvalidReviewRequestException("limit must be 1.." + max
                    + (request.includeText() ? " with text" : ""));
        }
        long after;
        if (request.cursor() == null) {
            if (request.includeText()) {
                recordTextExport(approver, practiceId, request, 0);
            }
            log.seal(practiceId);
            OptionalLong first = log.firstSequenceAtOrAfter(practiceId, request.range().from());
            if (first.isEmpty()) {
                return new ExportPage(List.of(), Optional.empty(), request.includeText());
            }
            after = first.getAsLong() - 1;
        } else {
            after = ExportCursor.decode(request.cursor(), practiceId, request.range()).afterSequence();
            if (request.includeText()) {
                recordTextExport(approver, practiceId, request, after);
            }
        }
        AuditLog.Page page = log.page(practiceId, request.range(), after, request.limit());
        List<Row> rows = new ArrayList<>(page.events().size());
        for (AuditEvent event : page.events()) {
            rows.add(new Row(event, request.includeText() ? texts.textOf(event) : Optional.empty()));
        }
        Optional<String> next = page.hasMore() && !rows.isEmpty()
                ? Optional.of(new ExportCursor(practiceId, request.range(),
                        rows.get(rows.size() - 1).event().sequence()).encode())
                : Optional.empty();
        return new ExportPage(rows, next, request.includeText());
    }

    private static void authorise(Approver approver, String practiceId, boolean includeText) {
        if (!approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        if (!approver.mayExportAudit(practiceId)) {
            throw new AuditForbiddenException("only practice admins and the compliance group may export the audit"
                    + " trail");
        }
        if (includeText && !approver.auditsCompliance(practiceId)) {
            throw new AuditForbiddenException("only the compliance group may export comment and reply text");
        }
    }

    /** The disclosure itself goes on the record: who, when, which range and page; the hash names the parameters. */
    private void recordTextExport(Approver approver, String practiceId, Request request, long after) {
        String parameters = "format " + request.format().name().toLowerCase(java.util.Locale.ROOT)
                + ", from " + request.range().from() + ", to " + request.range().to()
                + ", after sequence " + after + ", limit " + request.limit();
        log.recordPracticeEvent(new AuditEntry(UUID.randomUUID().toString(), NO_DRAFT, practiceId, clock.instant(),
                approver.sub(), AuditAction.EXPORTED_WITH_TEXT, 0, AuditEntry.sha256(parameters), parameters));
    }
}
