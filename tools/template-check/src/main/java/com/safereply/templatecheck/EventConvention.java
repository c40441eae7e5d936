package com.safereply.templatecheck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which function a sample event in {@code events/} is for, from its file name: the part before the first {@code -}.
 *
 * <pre>
 * meta-*.json, x-*.json, webhook-*.json  -> WebhookFunction   (API Gateway HTTP API v2 event)
 * review-*.json                          -> ReviewFunction    (API Gateway HTTP API v2 event)
 * dynamodb-*.json, notify-*.json         -> NotifyFunction    (DynamoDB Streams event)
 * schedule-*.json, escalate-*.json       -> EscalateFunction  (EventBridge scheduled event)
 * digest-*.json                          -> DigestFunction    (EventBridge scheduled event)
 * moderation-*.json                      -> ModerationFunction (EventBridge scheduled event)
 * </pre>
 *
 * A file that fits no prefix is an error: every sample event must be usable with {@code sam local invoke}.
 */
public final class EventConvention {

    /** The Lambda event shape a function receives. */
    public enum Kind { HTTP_API, DYNAMODB_STREAM, SCHEDULE }

    public record Target(String functionId, Kind kind) {
    }

    private static final Map<String, Target> BY_PREFIX = new LinkedHashMap<>();

    static {
        Target webhook = new Target("WebhookFunction", Kind.HTTP_API);
        BY_PREFIX.put("meta", webhook);
        BY_PREFIX.put("x", webhook);
        BY_PREFIX.put("webhook", webhook);
        BY_PREFIX.put("review", new Target("ReviewFunction", Kind.HTTP_API));
        Target notify = new Target("NotifyFunction", Kind.DYNAMODB_STREAM);
        BY_PREFIX.put("dynamodb", notify);
        BY_PREFIX.put("notify", notify);
        BY_PREFIX.put("publish", new Target("PublishFunction", Kind.DYNAMODB_STREAM));
        Target escalate = new Target("EscalateFunction", Kind.SCHEDULE);
        BY_PREFIX.put("schedule", escalate);
        BY_PREFIX.put("escalate", escalate);
        BY_PREFIX.put("digest", new Target("DigestFunction", Kind.SCHEDULE));
        BY_PREFIX.put("moderation", new Target("ModerationFunction", Kind.SCHEDULE));
    }

    private EventConvention() {
    }

    public static Optional<Target> targetOf(String fileName) {
        int dash = fileName.indexOf('-');
        if (!fileName.endsWith(".json") || dash <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_PREFIX.get(fileName.substring(0, dash)));
    }

    public static Map<String, Target> prefixes() {
        return Map.copyOf(BY_PREFIX);
    }

    /**
     * Negative samples for authorized routes may leave the JWT claims out on purpose; they say so in their name.
     * (sam local invoke does not run the authorizer, so every other review sample must carry the claims.)
     */
    public static boolean isDeliberatelyUnauthenticated(String fileName) {
        return fileName.contains("no-claims") || fileName.contains("missing-claims") || fileName.contains("unauth");
    }
}
