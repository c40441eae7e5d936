package com.safereply.webhook.google;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.safereply.app.StoreUnavailableException;
import com.safereply.google.GoogleReviewIngest;
import com.safereply.google.MalformedPushException;
import com.safereply.google.PushAuthenticationException;
import com.safereply.google.PushEnvelopeParser;
import com.safereply.google.ReviewNotification;
import com.safereply.webhook.http.RefusalLog;
import com.safereply.webhook.http.WebhookAnswer;
import com.safereply.webhook.http.WebhookHandler;
import com.safereply.webhook.http.WebhookRequest;

/**
 * {@code POST /webhooks/google}: a Pub/Sub push of a Business Profile notification. The OIDC token is verified before
 * a byte of the body is read (401, nothing stored, otherwise); then the envelope is parsed (400 when malformed) and
 * the review fetched and ingested ({@link GoogleReviewIngest}). Every outcome the ingest reaches is acknowledged with
 * 200, so Pub/Sub stops; a review Google or storage could not serve is 503, so Pub/Sub retries.
 *
 * <p>The route's parts ({@link GooglePush}: token verifier, OAuth and Secrets Manager clients) are built on the first
 * push, not at init: Meta's and X's deliveries, the latency-sensitive ones, never pay for them.
 */
public class GooglePushRoute implements WebhookHandler.Route {

    private static final Logger LOG = Logger.getLogger(GooglePushRoute.class);
    private static final RefusalLog REFUSALS = RefusalLog.toLog(GooglePushRoute.class);

    private final Supplier<GooglePush> push;

    public GooglePushRoute(Supplier<GooglePush> push) {
        this.push = push;
    }

    @Override
    public WebhookAnswer answer(WebhookRequest request) {
        GooglePush google = push.get();
        if (google.verifier().isEmpty()) {
            REFUSALS.refused("google push refused: GOOGLE_PUSH_AUDIENCE or GOOGLE_PUSH_SERVICE_ACCOUNT not set");
            return error(401, "push token cannot be verified");
        }
        try {
            google.verifier().get().verify(request.header("Authorization"));
        } catch (PushAuthenticationException e) {
            REFUSALS.refused("google push refused: " + e.getMessage());
            return error(401, "push token refused");
        }
        ReviewNotification notification;
        try {
            // At most the parser's limit plus one byte: enough for it to tell "too large".
            byte[] body = request.body();
            notification = google.parser().parse(
                    Arrays.copyOf(body, Math.min(body.length, PushEnvelopeParser.MAX_BODY_BYTES + 1)));
        } catch (MalformedPushException e) {
            REFUSALS.refused("google push rejected: " + e.getMessage());
            return error(400, e.getMessage());
        }
        try {
            GoogleReviewIngest.Outcome outcome = google.ingest().handle(notification);
            LOG.infof("google push %s: %s", notification.messageId(), outcome);
            return WebhookAnswer.json(200, Map.of("messageId", notification.messageId(), "outcome", outcome.name()));
        } catch (GoogleReviewIngest.ReviewUnavailableException | StoreUnavailableException e) {
            LOG.warnf("google push %s not ingested, Pub/Sub will retry: %s", notification.messageId(),
                    e.getClass().getSimpleName());
            return error(503, "review could not be fetched or stored; retry").withHeader("Retry-After", "10");
        }
    }

    private static WebhookAnswer error(int status, String message) {
        return WebhookAnswer.json(status, Map.of("error", message));
    }
}
