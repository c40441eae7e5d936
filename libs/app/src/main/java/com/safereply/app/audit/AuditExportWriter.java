package com.safereply.app.audit;

import java.io.IOException;
import java.util.Optional;

/** Writes audit events one at a time; {@code text} is written only by an export opened with text. */
public interface AuditExportWriter {
    void write(AuditEvent event, Optional<String> text) throws IOException;

    void flush() throws IOException;
}
