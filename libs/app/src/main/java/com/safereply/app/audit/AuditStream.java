package com.safereply.app.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes a practice's chained events of a range page after page, so memory holds one page whatever the range: the
 * operators' export (CLI) and the scale benchmark. Text is never written here; text exports go through
 * {@link AuditExportService}, for the compliance group, audited.
 */
public final class AuditStream {
    private AuditStream() {}

    /** @return how many events were written */
    public static long write(AuditLog log, String practiceId, AuditRange range, ExportFormat format, Writer out,
                             int pageSize) throws IOException {
        AuditExportWriter writer = format.open(out, false);
        OptionalLong first = log.firstSequenceAtOrAfter(practiceId, range.from());
        long written = 0;
        if (first.isPresent()) {
            long after = first.getAsLong() - 1;
            AuditLog.Page page;
            do {
                page = log.page(practiceId, range, after, pageSize);
                for (AuditEvent event : page.events()) {
                    writer.write(event, Optional.empty());
                    after = event.sequence();
                    written++;
                }
            } while (page.hasMore());
        }
        writer.flush();
        return written;
    }
}
