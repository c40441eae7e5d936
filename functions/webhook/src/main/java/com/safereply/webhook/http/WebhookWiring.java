package com.safereply.webhook.http;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.CommentIngest;
import com.safereply.app.deferred.DeferredComments;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.webhook.meta.MetaHandshake;
import com.safereply.webhook.meta.MetaPayloadParser;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.XSignatureVerifier;
import com.safereply.webhook.x.XCrc;
import com.safereply.webhook.x.XPayloadParser;

/** Builds the framework-free verifiers and parsers from configuration, once per container. */
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

    @Produces
    @Singleton
    DeliveryProcessor deliveryProcessor(CommentIngest ingest, DeferredComments deferred, IngestTelemetry telemetry) {
        return new DeliveryProcessor(new DeliveryIngest(ingest, deferred), telemetry);
    }

    /** Says which variable is missing (never its value): the function still starts and rejects deliveries. */
    private static String present(String value, String variable) {
        if (value.isEmpty()) {
            LOG.warnf("%s is not set: requests that need it will be rejected", variable);
        }
        return value;
    }
}
