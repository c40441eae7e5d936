package com.safereply.app.audit;

import java.util.Optional;

/** The comment or reply text an audit event names by its hash; used only by exports with text. */
public interface AuditTexts {
    /** The text whose SHA-256 is the event's {@code textHash}, or empty when it is not kept any more. */
    Optional<String> textOf(AuditEvent event);
}
