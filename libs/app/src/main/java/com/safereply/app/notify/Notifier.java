package com.safereply.app.notify;

/**
 * Tells approvers about a draft (an SNS topic in production). Implementations send only what {@link Notification}
 * holds, which by construction has no comment text, commenter name or handle, and no draft text.
 */
public interface Notifier {

    /**
     * Sends the notification once.
     *
     * @throws PublishFailedException when it was not sent; {@link PublishFailedException#retryable()} says whether
     *                                trying again later may succeed (throttling, 5xx, network)
     */
    void publish(Notification notification);
}
