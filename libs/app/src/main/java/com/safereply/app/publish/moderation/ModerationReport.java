package com.safereply.app.publish.moderation;

/**
 * What one moderation pass did, as counts (for the run's log line and metrics; no ids, no text).
 *
 * @param checked    replies read back
 * @param rejected   rejections recorded now (each notified once)
 * @param settled    replies no longer watched: approved, gone, or past the watch window
 * @param unreadable reads that failed (read again next time)
 * @param failures   rejections recorded whose notification could not be sent (retried by the next run)
 */
public record ModerationReport(int practices, int checked, int rejected, int settled, int unreadable, int failures) {
}
