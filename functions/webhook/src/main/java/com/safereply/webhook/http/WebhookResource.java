package com.safereply.webhook.http;

import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import com.safereply.webhook.meta.MetaHandshake;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.SignatureCheck;
import com.safereply.webhook.signature.SignatureVerifier;
import com.safereply.webhook.signature.XSignatureVerifier;
import com.safereply.webhook.x.XCrc;
import com.safereply.webhook.x.XPayloadParser;

/**
 * The HTTP edge platforms call. Only maps HTTP to the plain verifiers and parsers and back: reads the raw body,
 * verifies the signature before any parsing, hands each comment to ingest, answers with counts.
 */
@Path("/webhooks")
public class WebhookResource {

    /** Meta batches up to 1000 changes; a megabyte is far above that and bounds what an attacker can make us parse. */
    static final int MAX_BODY_BYTES = 1_048_576;

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);
    /** Refusals are what a flood is made of: logged at a bounded rate, with counts (issue 11). */
    private final RefusalLog refusals = RefusalLog.toLog(WebhookResource.class);

    private final MetaHandshake metaHandshake;
    private final MetaSignatureVerifier metaSignature;
    private final MetaPayloadParser metaParser;
    private final XCrc xCrc;
    private final XSignatureVerifier xSignature;
    private final XPayloadParser xParser;
    private final DeliveryProcessor processor;

    public WebhookResource(MetaHandshake metaHandshake, MetaSignatureVerifier metaSignature, MetaPayloadParser metaParser,
                           XCrc xCrc, XSignatureVerifier xSignature, XPayloadParser xParser,
                           DeliveryProcessor processor) {
        this.metaHandshake = metaHandshake;
        this.metaSignature = metaSignature;
        this.metaParser = metaParser;
        this.xCrc = xCrc;
        this.xSignature = xSignature;
        this.xParser = xParser;
        this.processor = processor;
    }

    @GET
    @Path("/meta")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response verifyMeta(@QueryParam("hub.mode") String mode,
                               @QueryParam("hub.verify_token") String token,
                               @QueryParam("hub.challenge") String challenge) {
        MetaHandshake.Result result = metaHandshake.answer(mode, token, challenge);
        if (result instanceof MetaHandshake.Accepted accepted) {
            LOG.info("meta verification accepted");
            return Response.ok(accepted.challenge(), MediaType.TEXT_PLAIN_TYPE).build();
        }
        if (result instanceof MetaHandshake.BadChallenge) {
            return error(Status.BAD_REQUEST, "hub.challenge is missing or not a plain token");
        }
        refusals.refused("meta verification rejected");
        return error(Status.FORBIDDEN, "verification failed");
    }

    @POST
    @Path("/meta")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receiveMeta(@HeaderParam(MetaSignatureVerifier.HEADER) String signature,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                byte[] body) {
        return receive("meta", metaSignature, metaParser::parse, signature, contentType, body);
    }

    @GET
    @Path("/x")
    @Produces(MediaType.APPLICATION_JSON)
    public Response answerXCrc(@QueryParam("crc_token") String crcToken) {
        if (crcToken == null || crcToken.isEmpty()) {
            return error(Status.BAD_REQUEST, "missing required query parameter: crc_token");
        }
        XCrc.Result result = xCrc.answer(crcToken);
        if (result instanceof XCrc.Answered answered) {
            return Response.ok(Map.of("response_token", answered.responseToken()), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (result instanceof XCrc.BadToken) {
            return error(Status.BAD_REQUEST, "crc_token is not a plain token");
        }
        LOG.warn("x crc rejected: X_CONSUMER_SECRET is not set");
        return error(Status.FORBIDDEN, "crc cannot be answered");
    }

    @POST
    @Path("/x")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receiveX(@HeaderParam(XSignatureVerifier.HEADER) String signature,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                             byte[] body) {
        return receive("x", xSignature, xParser::parse, signature, contentType, body);
    }

    private Response receive(String source, SignatureVerifier verifier, Function<byte[], ParsedDelivery> parser,
                             String signature, String contentType, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > MAX_BODY_BYTES) {
            return error(Status.BAD_REQUEST, "body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        // Signature first: an unauthenticated caller learns nothing about how we read payloads.
        SignatureCheck check = verifier.check(signature, raw);
        if (!check.isValid()) {
            refusals.refused(source + " delivery refused: " + check.problem());
            return error(Status.UNAUTHORIZED, check.problem());
        }
        if (!isJson(contentType)) {
            return error(Status.BAD_REQUEST, "content type must be application/json");
        }
        ParsedDelivery delivery;
        try {
            delivery = parser.apply(raw);
        } catch (InvalidPayloadException e) {
            refusals.refused(source + " delivery rejected: " + e.getMessage());
            return error(Status.BAD_REQUEST, e.getMessage());
        }
        if (delivery.whollyRejected()) {
            refusals.refused(source + " delivery rejected: no usable change");
            return Response.status(Status.BAD_REQUEST)
                    .entity(new ErrorBody("no usable change in the delivery", delivery.rejected()))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        // A redelivery carries the same signed body, so its deferred parts get the same ids and are not stored twice.
        String deliveryId = source + "|" + sha256(raw);
        return Response.ok(processor.process(deliveryId, delivery), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "application".equalsIgnoreCase(type.getType())
                    && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response error(Status status, String problem) {
        return Response.status(status).entity(new ErrorBody(problem)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
