package com.safereply.app.publish;

/**
 * What one write call to a platform proves. Meta and X have no idempotency key, so the distinction that matters is
 * between failures that prove nothing was written (safe to retry) and failures that leave it unknown (read back
 * before anything else).
 */
public sealed interface PlatformOutcome {

    /** The platform wrote it; {@code platformId} is the new reply's id (empty for a hide). */
    record Done(String platformId) implements PlatformOutcome {}

    /** Throttled, connection refused, name not resolved: nothing was written, so the same call may be retried. */
    record NothingWritten(String reason) implements PlatformOutcome {}

    /** Timeout, reset, 5xx, a duplicate-content answer: the write may have happened. Read back before retrying. */
    record Unknown(String reason) implements PlatformOutcome {}

    /** Refused for a reason retrying cannot fix. */
    record Refused(Refusal refusal, String platformCode) implements PlatformOutcome {}
}
