package com.safereply.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.Refusal;
import java.util.Set;

/**
 * What a Graph API error answer proves about a write, from its {@code error.code} and {@code error_subcode}
 * (https://developers.facebook.com/docs/graph-api/guides/error-handling, codes as of v25-v27).
 */
final class GraphErrors {
    /** Throttling: the call was refused before anything was written. */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 613, 80001);
    private static final int INVALID_PARAMETER = 100;
    private static final int OBJECT_DOES_NOT_EXIST = 33;
    private static final int TOKEN = 190;
    private static final int POLICY_BLOCK = 368;
    private static final int DUPLICATE_POST = 506;
    private static final int PERMISSION = 10;

    private GraphErrors() {}

    static PlatformOutcome classify(Exchange.Answered answer) {
        JsonNode error = answer.body().path("error");
        int code = error.path("code").asInt(-1);
        int subcode = error.path("error_subcode").asInt(-1);
        String platformCode = "graph " + code + (subcode >= 0 ? "/" + subcode : "");
        if (answer.status() == 429 || THROTTLED.contains(code)) {
            return new PlatformOutcome.NothingWritten("throttled (" + platformCode + ")");
        }
        if (code == TOKEN) {
            return new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, platformCode);
        }
        if (code == POLICY_BLOCK) {
            return new PlatformOutcome.Refused(Refusal.POLICY_BLOCKED, platformCode);
        }
        if (code == INVALID_PARAMETER && subcode == OBJECT_DOES_NOT_EXIST) {
            return new PlatformOutcome.Refused(Refusal.TARGET_GONE, platformCode);
        }
        if (code == DUPLICATE_POST) {
            return new PlatformOutcome.Unknown("duplicate post (" + platformCode + "): probably posted already");
        }
        if (code == PERMISSION || (code >= 200 && code <= 299)) {
            return new PlatformOutcome.Refused(Refusal.PERMISSION_MISSING, platformCode);
        }
        if (answer.status() >= 500 || code == 1 || code == 2) {
            // 5xx, "unknown error" (1) and "service temporarily unavailable" (2) do not say whether it was written.
            return new PlatformOutcome.Unknown("platform error (" + answer.status() + ", " + platformCode + ")");
        }
        return new PlatformOutcome.Refused(Refusal.REJECTED, platformCode);
    }

    static boolean targetGone(Exchange.Answered answer) {
        JsonNode error = answer.body().path("error");
        return error.path("code").asInt(-1) == INVALID_PARAMETER
                && error.path("error_subcode").asInt(-1) == OBJECT_DOES_NOT_EXIST;
    }
}
