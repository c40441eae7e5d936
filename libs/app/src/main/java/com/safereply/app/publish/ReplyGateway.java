package com.safereply.app.publish;

/**
 * The port to a social platform's reply API (Graph for Facebook and Instagram, X's v2 API). Implementations make
 * exactly one HTTP write per call and never retry on their own: whether a retry is safe is the caller's decision,
 * taken from the {@link PlatformOutcome}.
 */
public interface ReplyGateway {

    /** Posts {@code text} as the practice's public reply to the target comment. */
    PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken token);

    /** Looks for a reply from the practice account among the target comment's replies. */
    ReadBack findOwnReply(ReplyTarget target, PlatformToken token);

    /** Hides the target comment from the public (it stays visible to its author). */
    PlatformOutcome hide(ReplyTarget target, PlatformToken token);
}
