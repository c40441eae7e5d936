package com.safereply.app.telemetry;

/** The metric and dimension names SafeReply emits (namespace {@code SafeReply}); docs/architecture.md lists them. */
public final class MetricNames {

    /** Comments received by the webhook, dimension {@link #PLATFORM}. */
    public static final String COMMENTS_RECEIVED = "CommentsReceived";
    /** Comment events past a delivery's ceiling, deferred to be ingested from the stream (issue 11, finding 6). */
    public static final String COMMENTS_DEFERRED = "CommentsDeferred";
    /** New pending drafts, dimensions {@link #CATEGORY} and {@link #URGENCY}. */
    public static final String DRAFTS_CREATED = "DraftsCreated";
    /** Texts the guard refused, dimension {@link #SOURCE}: {@link #SOURCE_ENGINE_FALLBACK}, {@link #SOURCE_REVIEW_EDIT}, ... */
    public static final String GUARD_REFUSALS = "GuardRefusals";
    public static final String NOTIFICATIONS_SENT = "NotificationsSent";
    public static final String NOTIFICATION_FAILURES = "NotificationFailures";
    /** Watched by template.yaml's DraftsPastSlaAlarm: must stay dimensionless. */
    public static final String DRAFTS_PAST_SLA = "DraftsPastSla";
    public static final String ESCALATIONS_SENT = "EscalationsSent";
    /** Comments still awaiting triage 5 minutes after their last change; template.yaml's CommentsStuckAlarm watches it. */
    public static final String COMMENTS_STUCK = "CommentsStuck";
    /** Stream records the triage function could not process (reported for retry). */
    public static final String TRIAGE_FAILURES = "TriageFailures";

    /** Approved replies put on their platform, dimension {@link #PLATFORM}, with {@link #PUBLISH_LATENCY_MS}. */
    public static final String REPLIES_PUBLISHED = "RepliesPublished";
    public static final String PUBLISH_LATENCY_MS = "PublishLatencyMs";
    /** Publishes the platform refused, dimensions {@link #PLATFORM} and {@link #REASON}; alarmed in the template. */
    public static final String PUBLISH_FAILURES = "PublishFailures";
    /** A practice's platform connection needs a person (token, permission, policy block): dimensionless, alarmed. */
    public static final String PUBLISH_OPERATOR_ALARMS = "PublishOperatorAlarms";

    public static final String PLATFORM = "Platform";
    public static final String REASON = "Reason";
    public static final String CATEGORY = "Category";
    public static final String URGENCY = "Urgency";
    public static final String SOURCE = "Source";

    /** The engine's first wording failed the guard and another vetted wording was used. */
    public static final String SOURCE_ENGINE_FALLBACK = "engine-fallback";
    /** The engine's wordings all failed the guard: the unsafe draft goes to the approver, who cannot approve it. */
    public static final String SOURCE_ENGINE_UNSAFE = "engine-unsafe";
    public static final String SOURCE_REVIEW_EDIT = "review-edit";
    public static final String SOURCE_REVIEW_APPROVE = "review-approve";

    private MetricNames() {
    }
}
