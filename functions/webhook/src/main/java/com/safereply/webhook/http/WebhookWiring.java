package com.safereply.webhook.http;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.CommentIngest;
import com.safereply.app.deferred.DeferredComments;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.webhook.google.GooglePush;
import com.safereply.webhook.google.GooglePushRoute;
import com.safereply.webhook.meta.MetaHandshake;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.XSignatureVerifier;
import com.safereply.webhook.x.XCrc;
import com.safereply.webhook.x.XPayloadParser;

/** Builds the framework-free verifiers, parsers and routes from configuration, once per container. */
public class WebhookWiring {

    private static final Logger LOG = Logger.getLogger(WebhookWiring.class);

    @Produces
    @Singleton
    MetaSignatureVerifier metaSignatureVerifier(MetaConfig config) {
        return new MetaSignatureVerifier(present(config.appSecret().orElse(""), "META_APP_SECRET"));
    }

    @Produces
    @Singleton
    MetaHandshake metaHandshake(MetaConfig config) {
        return new MetaHandshake(present(config.verifyToken().orElse(""), "META_VERIFY_TOKEN"));
    }

    @Produces
    @Singleton
    XSignatureVerifier xSignatureVerifier(XConfig config) {
        return new XSignatureVerifier(present(config.consumerSecret().orElse(""), "X_CONSUMER_SECRET"));
    }

    @Produces
    @Singleton
    XCrc xCrc(XConfig config) {
        return new XCrc(config.consumerSecret().orElse(""));
    }

    @Produces
    @Singleton
    JsonBodies jsonBodies(ObjectMapper mapper) {
        return new JsonBodies(mapper);
    }

    @Produces
    @Singleton
    MetaPayloadParser metaPayloadParser(JsonBodies json) {
        return new MetaPayloadParser(json);
    }

    @Produces
    @Singleton
    XPayloadParser xPayloadParser(JsonBodies json) {
        return new XPayloadParser(json);
    }

    /**
     * The route table, keyed as API Gateway writes route keys (template.yaml routes exactly these to the function;
     * tools/template-check compares them). Google's parts are looked up on its first push only.
     */
    @Produces
    @Singleton
    WebhookRoutes routes(MetaHandshake metaHandshake, MetaSignatureVerifier metaSignature, MetaPayloadParser metaParser,
                         XCrc xCrc, XSignatureVerifier xSignature, XPayloadParser xParser,
                         CommentIngest ingest, DeferredComments deferred, IngestTelemetry telemetry,
                         Provider<GooglePush> google) {
        DeliveryIngest deliveries = new DeliveryIngest(ingest, deferred);
        return new WebhookRoutes(Map.of(
                "GET /webhooks/meta", new MetaHandshakeRoute(metaHandshake),
                "POST /webhooks/meta", new DeliveryRoute("meta", metaSignature, MetaSignatureVerifier.HEADER,
                        metaParser::parse, deliveries, telemetry),
                "GET /webhooks/x", new XCrcRoute(xCrc),
                "POST /webhooks/x", new DeliveryRoute("x", xSignature, XSignatureVerifier.HEADER,
                        xParser::parse, deliveries, telemetry),
                "POST /webhooks/google", new GooglePushRoute(google::get)));
    }

    /** Says which variable is missing (never its value): the function still starts and rejects deliveries. */
    private static String present(String value, String variable) {
        if (value.isEmpty()) {
            LOG.warnf("%s is not set: requests that need it will be rejected", variable);
        }
        return value;
    }
}
