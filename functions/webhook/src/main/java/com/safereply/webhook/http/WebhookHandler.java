package com.safereply.webhook.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.StoreUnavailableException;

import io.quarkus.runtime.Startup;

/**
 * The webhook function: API Gateway's HTTP API event (payload format 2.0) in, its response out, both as JSON
 * ({@link WebhookRequest#fromEvent}, {@link WebhookResponse#writeEvent}). Routes by method and path to the
 * {@link WebhookRoutes} and writes their answers; no HTTP framework in between, and a stream handler rather than a
 * typed one, so a cold start loads the routes, Jackson's parser and the SDK client and little else (docs/benchmarks.md,
 * "Cold start").
 *
 * <p>Every failure leaves as a short JSON error, never a stack trace: unknown path 404, a method the path does not
 * serve 405, storage trouble 503 (the only 5xx a platform should retry), anything else 500.
 */
@Startup   // routes, parsers and clients are built at init (and in a SnapStart snapshot), not in the first event
@Singleton
@Named("webhook")
public class WebhookHandler implements RequestStreamHandler {

    private static final Logger LOG = Logger.getLogger(WebhookHandler.class);

    /** One route: a request in, an answer out; exceptions are the handler's to map. */
    @FunctionalInterface
    public interface Route {
        WebhookAnswer answer(WebhookRequest request);
    }

    private final WebhookRoutes routes;
    private final ObjectMapper mapper;
    private final JsonFactory json;

    public WebhookHandler(WebhookRoutes routes, ObjectMapper mapper) {
        this.routes = routes;
        this.mapper = mapper;
        this.json = mapper.getFactory();
    }

    /** @throws IOException when the event is not a JSON object (the runtime reports the invocation as failed) */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        JsonNode root = mapper.readTree(event);
        if (root == null || !root.isObject()) {
            throw new IOException("the event is not a JSON object");
        }
        WebhookAnswer answer;
        try {
            answer = answer(WebhookRequest.fromEvent(root));
        } catch (WebhookRequest.UndecodableBodyException e) {
            answer = WebhookAnswer.error(400, e.getMessage());
        }
        try (JsonGenerator out = json.createGenerator(response, JsonEncoding.UTF8)) {
            write(answer).writeEvent(out);
        }
    }

    /** The response to one request: what the Lambda handler sends back, and what the local run serves over HTTP. */
    public WebhookResponse respond(WebhookRequest request) {
        return write(answer(request));
    }

    /** The route's answer, or the error that replaces it. */
    WebhookAnswer answer(WebhookRequest request) {
        Route route = routes.byKey().get(request.method() + " " + request.path());
        if (route == null) {
            return routes.servesPath(request.path()) ? WebhookAnswer.error(405, "method not allowed")
                    : WebhookAnswer.error(404, "not found");
        }
        try {
            return route.answer(request);
        } catch (StoreUnavailableException e) {
            // 503 so Meta and X retry the delivery; stored comments of a partly processed batch then come back duplicate.
            // Types only, like the 500 below: the message is built by whichever adapter failed and is not vetted for text.
            LOG.warnf("storage unavailable: %s caused by %s", e.getClass().getSimpleName(),
                    e.getCause() == null ? "-" : e.getCause().getClass().getName());
            return WebhookAnswer.error(503, "storage unavailable, retry later").withHeader("Retry-After", "30");
        } catch (RuntimeException | Error e) {
            // A bug, not the sender's fault. Type and place only: messages (e.g. from JSON libraries) can quote comment text.
            StackTraceElement[] trace = e.getStackTrace();
            LOG.errorf("unexpected failure: %s at %s", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
            return WebhookAnswer.error(500, "internal error");
        }
    }

    private WebhookResponse write(WebhookAnswer answer) {
        String body;
        try {
            body = answer.plainText() ? answer.text() : jsonText(answer.json());
        } catch (IOException e) {
            LOG.errorf("answer not writable as JSON: %s", e.getClass().getName());
            return write(WebhookAnswer.error(500, "internal error"));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", answer.plainText() ? "text/plain" : "application/json");
        headers.put("Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
        headers.putAll(answer.headers());
        return new WebhookResponse(answer.status(), headers, body);
    }

    private String jsonText(JsonBody body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.createGenerator(text)) {
            body.writeTo(out);
        }
        return text.toString();
    }
}
