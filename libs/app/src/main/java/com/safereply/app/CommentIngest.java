package com.safereply.app;

/** The ingest use case: the port the webhook function calls for every verified, parsed comment event. */
public interface CommentIngest {

    /**
     * Triages and stores one comment event, idempotently: a repeated delivery returns {@link IngestOutcome#DUPLICATE}
     * and changes nothing.
     *
     * @throws StoreUnavailableException when the comment could not be stored; the webhook must then answer 5xx so the
     *                                   platform retries
     */
    IngestOutcome ingest(InboundComment comment);
}
