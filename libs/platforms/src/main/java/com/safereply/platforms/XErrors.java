package com.safereply.platforms;

import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.Refusal;
import java.util.Locale;

/**
 * What an X API v2 error answer proves about a write. X's 403s differ only in their {@code detail} text, so the
 * phrases below are matched loosely, and an unrecognised 403 is a permission problem, never a retry.
 */
final class XErrors {
    private XErrors() {}

    static PlatformOutcome classify(Exchange.Answered answer) {
        int status = answer.status();
        String detail = answer.body().path("detail").asText("").toLowerCase(Locale.ROOT);
        String platformCode = "x " + status;
        if (status == 429) {
            return new PlatformOutcome.NothingWritten("rate limited (" + platformCode + ")");
        }
        if (status == 401) {
            return new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, platformCode);
        }
        if (status == 403) {
            if (detail.contains("duplicate content")) {
                return new PlatformOutcome.Unknown("duplicate content (" + platformCode + "): probably posted already");
            }
            if (detail.contains("deleted or not visible")) {
                return new PlatformOutcome.Refused(Refusal.TARGET_GONE, platformCode);
            }
            if (detail.contains("not allowed") && (detail.contains("mentioned") || detail.contains("conversation"))) {
                return new PlatformOutcome.Refused(Refusal.REPLY_NOT_ALLOWED, platformCode);
            }
            return new PlatformOutcome.Refused(Refusal.PERMISSION_MISSING, platformCode);
        }
        if (status >= 500) {
            return new PlatformOutcome.Unknown("platform error (" + platformCode + ")");
        }
        return new PlatformOutcome.Refused(Refusal.REJECTED, platformCode);
    }
}
