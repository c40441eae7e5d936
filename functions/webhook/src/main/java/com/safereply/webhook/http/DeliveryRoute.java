package com.safereply.webhook.http;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.safereply.app.IngestOutcome;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.signature.SignatureCheck;
import com.safereply.webhook.signature.SignatureVerifier;

/**
 * {@code POST /webhooks/meta} and {@code POST /webhooks/x} (one instance per platform): checks the raw body's size,
 * verifies the signature before any parsing, parses, hands the comments to {@link DeliveryIngest} (the first
 * {@value DeliveryIngest#CEILING} comment events stored at once, the rest deferred: issue 11, finding 6) and answers
 * with counts, never text.
 */
public class DeliveryRoute implements WebhookHandler.Route {

    /** Meta batches up to 1000 changes; a megabyte is far above that and bounds what an attacker can make us parse. */
    public static final int MAX_BODY_BYTES = 1_048_576;

    private static final Logger LOG = Logger.getLogger(DeliveryRoute.class);
    /** Refusals are what a flood is made of: logged at a bounded rate, with counts (issue 11). */
    private static final RefusalLog REFUSALS = RefusalLog.toLog(DeliveryRoute.class);

    private final String source;
    private final SignatureVerifier verifier;
    private final String signatureHeader;
    private final Function<byte[], ParsedDelivery> parser;
    private final DeliveryIngest ingest;
    private final IngestTelemetry telemetry;

    /** @param source {@code meta} or {@code x}: names the platform in logs and in the delivery's id */
    public DeliveryRoute(String source, SignatureVerifier verifier, String signatureHeader,
                         Function<byte[], ParsedDelivery> parser, DeliveryIngest ingest, IngestTelemetry telemetry) {
        this.source = source;
        this.verifier = verifier;
        this.signatureHeader = signatureHeader;
        this.parser = parser;
        this.ingest = ingest;
        this.telemetry = telemetry;
    }

    @Override
    public WebhookAnswer answer(WebhookRequest request) {
        byte[] raw = request.body();
        if (raw.length > MAX_BODY_BYTES) {
            return WebhookAnswer.error(400, "body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        // Signature first: an unauthenticated caller learns nothing about how we read payloads.
        SignatureCheck check = verifier.check(request.header(signatureHeader), raw);
        if (!check.isValid()) {
            REFUSALS.refused(source + " delivery refused: " + check.problem());
            return WebhookAnswer.error(401, check.problem());
        }
        if (!isJson(request.header("Content-Type"))) {
            return WebhookAnswer.error(400, "content type must be application/json");
        }
        ParsedDelivery delivery;
        try {
            delivery = parser.apply(raw);
        } catch (InvalidPayloadException e) {
            REFUSALS.refused(source + " delivery rejected: " + e.getMessage());
            return WebhookAnswer.error(400, e.getMessage());
        }
        if (delivery.whollyRejected()) {
            REFUSALS.refused(source + " delivery rejected: no usable change");
            return WebhookAnswer.json(400, new ErrorBody("no usable change in the delivery", delivery.rejected()));
        }
        // A redelivery carries the same signed body, so its deferred parts get the same ids and are not stored twice.
        String deliveryId = source + "|" + sha256(raw);
        return WebhookAnswer.json(200, process(deliveryId, delivery));
    }

    /**
     * @throws StoreUnavailableException on the first comment that cannot be stored: the whole delivery then fails so the
     *                                   platform retries it, and the comments already stored come back as duplicates
     */
    DeliverySummary process(String deliveryId, ParsedDelivery delivery) {
        Map<IngestOutcome, Integer> counts = new EnumMap<>(IngestOutcome.class);
        Map<Platform, Integer> received = new EnumMap<>(Platform.class);
        delivery.comments().forEach(comment -> received.merge(comment.platform(), 1, Integer::sum));
        // Counted before storing: a delivery that fails with 5xx was still received (its retry counts again).
        telemetry.commentsReceived(received);
        DeliveryIngest.Accepted accepted = ingest.accept(deliveryId, delivery.comments());
        for (DeliveryIngest.Outcome o : accepted.inline()) {
            counts.merge(o.outcome(), 1, Integer::sum);
            // Ids and outcome only: text, names and handles may be PHI.
            LOG.infof("ingested platform=%s channel=%s comment=%s verb=%s outcome=%s", o.comment().platform().label(),
                    o.comment().channelId(), o.comment().commentId(), o.comment().verb(), o.outcome());
        }
        if (accepted.deferred() > 0) {
            telemetry.commentsDeferred(accepted.deferred());
            LOG.infof("deferred delivery=%s comments=%d parts=%d", deliveryId, accepted.deferred(),
                    accepted.deferredParts());
        }
        delivery.rejected().forEach(r -> LOG.warnf("rejected change where=%s problem=%s", r.where(), r.problem()));
        return new DeliverySummary(
                counts.getOrDefault(IngestOutcome.CREATED, 0),
                counts.getOrDefault(IngestOutcome.DUPLICATE, 0),
                counts.getOrDefault(IngestOutcome.RETRIAGED, 0),
                counts.getOrDefault(IngestOutcome.RETRACTED, 0),
                counts.getOrDefault(IngestOutcome.NO_PENDING_DRAFT, 0),
                counts.getOrDefault(IngestOutcome.UNKNOWN_CHANNEL, 0),
                delivery.ignored(),
                delivery.rejected().size(),
                accepted.deferred(),
                delivery.rejected());
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** {@code application/json} or {@code application/<anything>+json}, parameters (charset) allowed. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash <= 0 || slash != type.lastIndexOf('/') || slash == type.length() - 1) {
            return false;
        }
        String subtype = type.substring(slash + 1);
        return type.startsWith("application/") && (subtype.equals("json") || subtype.endsWith("+json"));
    }
}
