package com.safereply.digest;

/** What one scheduled run did, in counts (also logged as one JSON line). */
public record DigestReport(int practices, int sent, int notDue, int alreadySent, int disabled, int failures) {
}
