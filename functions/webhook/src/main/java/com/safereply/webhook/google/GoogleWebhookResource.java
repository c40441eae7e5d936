package com.safereply.webhook.google;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import com.safereply.app.StoreUnavailableException;
import com.safereply.google.GoogleReviewIngest;
import com.safereply.google.MalformedPushException;
import com.safereply.google.PushAuthenticationException;
import com.safereply.google.PushEnvelopeParser;
import com.safereply.google.PushTokenVerifier;
import com.safereply.google.ReviewNotification;
import com.safereply.webhook.http.RefusalLog;

/**
 * {@code POST /webhooks/google}: a Pub/Sub push of a Business Profile notification. The OIDC token is verified before
 * a byte of the body is read (401, nothing stored, otherwise); then the envelope is parsed (400 when malformed) and
 * the review fetched and ingested ({@link GoogleReviewIngest}). Every outcome the ingest reaches is acknowledged with
 * 200, so Pub/Sub stops; a review Google or storage could not serve is 503, so Pub/Sub retries.
 */
@Path("/webhooks/google")
public class GoogleWebhookResource {

    private static final Logger LOG = Logger.getLogger(GoogleWebhookResource.class);
    private final RefusalLog refusals = RefusalLog.toLog(GoogleWebhookResource.class);

    private final Optional<PushTokenVerifier> verifier;
    private final PushEnvelopeParser parser;
    private final GoogleReviewIngest ingest;

    public GoogleWebhookResource(GooglePush push) {
        this.verifier = push.verifier();
        this.parser = push.parser();
        this.ingest = push.ingest();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        if (verifier.isEmpty()) {
            refusals.refused("google push refused: GOOGLE_PUSH_AUDIENCE or GOOGLE_PUSH_SERVICE_ACCOUNT not set");
            return error(Status.UNAUTHORIZED, "push token cannot be verified");
        }
        try {
            verifier.get().verify(authorization);
        } catch (PushAuthenticationException e) {
            refusals.refused("google push refused: " + e.getMessage());
            return error(Status.UNAUTHORIZED, "push token refused");
        }
        ReviewNotification notification;
        try {
            notification = parser.parse(read(body));
        } catch (MalformedPushException e) {
            refusals.refused("google push rejected: " + e.getMessage());
            return error(Status.BAD_REQUEST, e.getMessage());
        }
        try {
            GoogleReviewIngest.Outcome outcome = ingest.handle(notification);
            LOG.infof("google push %s: %s", notification.messageId(), outcome);
            return Response.ok(Map.of("messageId", notification.messageId(), "outcome", outcome.name()),
                    MediaType.APPLICATION_JSON_TYPE).build();
        } catch (GoogleReviewIngest.ReviewUnavailableException | StoreUnavailableException e) {
            LOG.warnf("google push %s not ingested, Pub/Sub will retry: %s", notification.messageId(),
                    e.getClass().getSimpleName());
            return Response.status(Status.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                    .entity(Map.of("error", "review could not be fetched or stored; retry"))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /** At most the parser's limit plus one byte: enough to tell "too large" without reading an attacker's megabytes. */
    private static byte[] read(InputStream body) throws MalformedPushException {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.readNBytes(PushEnvelopeParser.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new MalformedPushException("body", "could not be read");
        }
    }

    private static Response error(Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
