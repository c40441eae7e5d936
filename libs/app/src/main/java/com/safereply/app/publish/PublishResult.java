package com.safereply.app.publish;

/** What one publish invocation did with a draft. */
public sealed interface PublishResult {

    record Published(String platformReplyId) implements PublishResult {}

    record Failed(String reason) implements PublishResult {}

    /** Nothing to do: settled already, or not approved. */
    record Skipped(String why) implements PublishResult {}

    /** Not finished and not failed: the stream must deliver the record again (the draft's attempt stays recorded). */
    record RetryLater(String why) implements PublishResult {}
}
