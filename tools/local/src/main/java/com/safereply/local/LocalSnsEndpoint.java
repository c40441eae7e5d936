package com.safereply.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for SNS on loopback, for the real {@code SnsClient} ({@code SNS_ENDPOINT} points here). It speaks the
 * part of the AWS Query protocol the notifier uses: a form-encoded {@code POST /} with {@code Action=Publish} is
 * answered with a {@code PublishResponse}, and the notification is printed as an approver would get it (subject, the
 * {@code default} message, the attributes filter policies see). Anything else is an SNS-style error.
 *
 * <p>{@code GET /local/published[?from=N]} lists what was published, oldest first, as the ids and labels only
 * ({@link Published}): how a load run counts notifications per draft without parsing the console.
 *
 * <p>What it prints is exactly what was published: notifications carry no comment text by construction
 * ({@code Notification} has no field for it), and the smoke test checks that here too.
 */
final class LocalSnsEndpoint implements AutoCloseable {

    /** Where the listing of published notifications is served. */
    static final String PUBLISHED_PATH = "/local/published";

    /** One message as SNS received it. */
    record Received(String topicArn, String subject, String defaultMessage, Map<String, String> attributes,
                    String draftId) {
    }

    /**
     * What the listing keeps of each message: the ids and labels the message attributes and the JSON form carry (never
     * the texts, though they hold no PHI either), so a long load run costs little memory.
     */
    record Published(String messageId, String kind, String draftId, String practiceId, String category,
                     String urgency) {
    }

    private static final String NS = "http://sns.amazonaws.com/doc/2010-03-31/";
    private static final int MAX_BODY_BYTES = 512 * 1024;   // SNS's own message limit is 256 KB
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final String topicArn;
    private final PrintStream out;
    private final List<Published> published = Collections.synchronizedList(new ArrayList<>());

    private LocalSnsEndpoint(HttpServer server, String topicArn, PrintStream out) {
        this.server = server;
        this.topicArn = topicArn;
        this.out = out;
    }

    /**
     * @param port     0 for any free port
     * @param topicArn the one topic served (the configured {@code TOPIC_ARN}): anything else any local process
     *                 publishes is refused as SNS would, never printed or listed
     */
    static LocalSnsEndpoint start(int port, String topicArn, PrintStream out) {
        try {
            // The JDK server writes a response's headers and body separately and leaves Nagle's algorithm on: with the
            // client's delayed ACK every publish stalled ~40 ms, which capped the stream poller at ~20 notifications/s.
            // Read once, when the first HttpServer is created: set it before, unless the launcher chose otherwise.
            if (System.getProperty(NO_DELAY) == null) {
                System.setProperty(NO_DELAY, "true");
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            LocalSnsEndpoint endpoint = new LocalSnsEndpoint(server, topicArn, out);
            server.createContext("/", endpoint::handle);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "local-sns");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("the local SNS endpoint did not start on port " + port
                    + " (is the port taken?)", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every message published so far, oldest first. */
    List<Published> published() {
        synchronized (published) {
            return List.copyOf(published);
        }
    }

    /** The listing's address, printed at start. */
    URI publishedListing() {
        return endpoint().resolve(PUBLISHED_PATH);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod()) && PUBLISHED_PATH.equals(exchange.getRequestURI().getPath())) {
                listPublished(exchange);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, error("Sender", "InvalidAction", "SNS takes POST /"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                reply(exchange, 400, error("Sender", "InvalidParameter", "message too long"));
                return;
            }
            Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
            if (!"Publish".equals(form.get("Action"))) {
                reply(exchange, 400, error("Sender", "InvalidAction", "only Publish is served locally"));
                return;
            }
            if (!topicArn.equals(form.get("TopicArn"))) {
                reply(exchange, 404, error("Sender", "NotFound", "Topic does not exist"));
                return;
            }
            Received message = new Received(form.get("TopicArn"), form.get("Subject"), defaultMessage(form),
                    attributes(form), draftId(form));
            String messageId = UUID.randomUUID().toString();
            Map<String, String> attributes = message.attributes();
            published.add(new Published(messageId, attributes.get("kind"), message.draftId(),
                    attributes.get("practiceId"), attributes.get("category"), attributes.get("urgency")));
            print(message);
            reply(exchange, 200, "<PublishResponse xmlns=\"" + NS + "\"><PublishResult><MessageId>" + messageId
                    + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                    + "</RequestId></ResponseMetadata></PublishResponse>");
        }
    }

    /** With {@code MessageStructure=json} the message is one text per protocol; an approver's e-mail shows default. */
    private static String defaultMessage(Map<String, String> form) {
        String message = form.getOrDefault("Message", "");
        if (!"json".equals(form.get("MessageStructure"))) {
            return message;
        }
        try {
            JsonNode perProtocol = JSON.readTree(message);
            return perProtocol.path("default").asText("");
        } catch (IOException e) {
            return message;
        }
    }

    /**
     * The draft id from the JSON form (what HTTPS and SQS subscribers get, {@code NotificationMessages.json}); the
     * attributes do not carry it. Null when the message has no JSON form.
     */
    private static String draftId(Map<String, String> form) {
        if (!"json".equals(form.get("MessageStructure"))) {
            return null;
        }
        try {
            JsonNode machineForm = JSON.readTree(JSON.readTree(form.getOrDefault("Message", "")).path("sqs").asText(""));
            return machineForm == null || !machineForm.hasNonNull("draftId") ? null : machineForm.get("draftId").asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code ?from=N} skips the first N entries, so a poller reads only what is new. */
    private void listPublished(HttpExchange exchange) throws IOException {
        int from = 0;
        String query = exchange.getRequestURI().getQuery();
        if (query != null && query.startsWith("from=")) {
            try {
                from = Math.max(0, Integer.parseInt(query.substring("from=".length())));
            } catch (NumberFormatException e) {
                from = 0;
            }
        }
        List<Published> all = published();
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put("total", all.size());
        listing.put("from", Math.min(from, all.size()));
        listing.put("items", all.subList(Math.min(from, all.size()), all.size()));
        byte[] bytes = JSON.writeValueAsBytes(listing);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    /** {@code MessageAttributes.entry.N.Name} / {@code .Value.StringValue}, by name. */
    private static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new TreeMap<>();
        for (int n = 1; form.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
            String prefix = "MessageAttributes.entry." + n;
            attributes.put(form.get(prefix + ".Name"), form.getOrDefault(prefix + ".Value.StringValue", ""));
        }
        return attributes;
    }

    private void print(Received message) {
        StringBuilder b = new StringBuilder();
        b.append("\n--- notification to approvers (local SNS, topic ").append(topicName(message.topicArn()))
                .append(") ---\n");
        b.append("Subject: ").append(message.subject()).append('\n');
        b.append(message.defaultMessage().strip()).append('\n');
        b.append("Attributes: ");
        message.attributes().forEach((name, value) -> b.append(name).append('=').append(value).append("  "));
        b.append("\n---\n");
        synchronized (out) {
            out.print(b);
            out.flush();
        }
    }

    private static String topicName(String arn) {
        return arn == null ? "?" : arn.substring(arn.lastIndexOf(':') + 1);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static String error(String type, String code, String message) {
        return "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + type + "</Type><Code>" + code + "</Code><Message>"
                + message + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>";
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
