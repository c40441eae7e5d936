package com.safereply.local;

import io.smallrye.config.ConfigMapping;

/** The local run's own knobs ({@code safereply.local.*}, or {@code SAFEREPLY_LOCAL_*} in the environment). */
@ConfigMapping(prefix = "safereply.local")
public interface LocalSettings {

    /** Loopback port of the embedded DynamoDB Local (8000, as in {@code infra/local-env.json} for sam local). */
    int dynamodbPort();

    /** Where DynamoDB Local keeps its data between runs, relative to the working directory. */
    String dataDir();

    /** Start with an empty table (also {@code --fresh} on the command line). */
    boolean fresh();

    /**
     * Keep the data in memory only (also {@code --in-memory}): nothing persists, but writes skip sqlite's commit to
     * disk, which serialises every write of the file-backed mode (what the load figures use).
     */
    boolean inMemory();

    /** Classpath resource with the demo practice document (profile, channels, SLA). */
    String demoPractice();

    /** Loopback port of the local SNS stand-in (9911, as {@code SNS_ENDPOINT} in {@code infra/local-env.json}). */
    int snsPort();

    /** Loopback port of the local stand-in for the approvers' Cognito user pool (approver invites). */
    int cognitoPort();

    /** Loopback port of the local stand-in for Google (signing keys, token endpoint, reviews API). */
    int googlePort();

    /** Loopback port of the local stand-in for the Graph and X reply APIs, which approved replies are published to. */
    int platformsPort();

    /**
     * How long the stream poller waits when the stream is idle (Lambda's mapping waits up to 1 s); while records come,
     * it reads again at once.
     */
    int streamPollMillis();

    /**
     * How many groups of one read's records are processed concurrently, split by item key (Lambda's parallelization
     * factor): notifying is mostly waiting on DynamoDB Local and SNS round trips.
     */
    int streamLanes();

    /** How often the escalation pass runs (the template's schedule: every 5 minutes). */
    int escalationIntervalMinutes();

    /**
     * How often the moderation pass re-reads published Google replies, and how soon a pending one is read again (the
     * template's schedule: every 30 minutes; locally seconds, so a rejection marked on the stand-in shows at once).
     */
    int moderationIntervalSeconds();
}
