package com.safereply.sns.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for SNS at the wire: the real {@code SnsClient} speaks the AWS Query protocol to it
 * (form-encoded {@code POST /} with {@code Action=Publish}) and gets SNS's XML replies. Tests read back every Publish
 * request's parameters, or its raw body to prove what never left the system.
 */
public final class SnsWireMock implements AutoCloseable {

    private static final String NS = "http://sns.amazonaws.com/doc/2010-03-31/";

    private final WireMockServer server;

    private SnsWireMock(WireMockServer server) {
        this.server = server;
    }

    /** Started on a free loopback port, answering every Publish with success. */
    public static SnsWireMock start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.addMockServiceRequestListener((request, response) -> WireRecord.append(request.getBodyAsString()));
        SnsWireMock sns = new SnsWireMock(server);
        sns.publishSucceeds();
        return sns;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public void publishSucceeds() {
        answerPublish(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<PublishResponse xmlns=\"" + NS + "\"><PublishResult><MessageId>" + UUID.randomUUID()
                        + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                        + "</RequestId></ResponseMetadata></PublishResponse>"));
    }

    /** Publishes succeed, but the answer comes after {@code delay}: beyond the client's timeouts, SNS looks hung. */
    public void publishIsSlow(java.time.Duration delay) {
        answerPublish(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withFixedDelay((int) delay.toMillis())
                .withBody("<PublishResponse xmlns=\"" + NS + "\"><PublishResult><MessageId>" + UUID.randomUUID()
                        + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + UUID.randomUUID()
                        + "</RequestId></ResponseMetadata></PublishResponse>"));
    }

    public void publishFailsWithServerError() {
        answerPublish(error(500, "Receiver", "InternalError", "Internal Error"));
    }

    /** Publishes whose body contains {@code fragment} (e.g. a draft id) fail with 500; the others succeed. */
    public void publishFailsWithServerErrorFor(String fragment) {
        publishSucceeds();
        server.stubFor(post(urlEqualTo("/")).atPriority(1).withRequestBody(containing("Action=Publish"))
                .withRequestBody(containing(fragment)).willReturn(error(500, "Receiver", "InternalError", "Internal Error")));
    }

    public void publishIsThrottled() {
        answerPublish(error(400, "Sender", "Throttling", "Rate exceeded"));
    }

    public void publishIsForbidden() {
        answerPublish(error(403, "Sender", "AuthorizationError", "not authorized to perform SNS:Publish"));
    }

    /** Every Publish request received, oldest first, as its decoded form parameters. */
    public List<Map<String, String>> publishes() {
        return publishRequests().stream().map(r -> form(r.getBodyAsString())).toList();
    }

    /** Raw request bodies (still form-encoded) and their decoded form, for "nothing of X was sent" checks. */
    public List<String> rawBodies() {
        return publishRequests().stream()
                .flatMap(r -> List.of(r.getBodyAsString(), URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8)).stream())
                .toList();
    }

    /** Publishes that were answered with an error status. */
    public int failedPublishCount() {
        return (int) server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getBodyAsString().contains("Action=Publish"))
                .filter(e -> e.getResponse().getStatus() >= 400).count();
    }

    public int publishCount() {
        return publishRequests().size();
    }

    public void reset() {
        server.resetRequests();
        publishSucceeds();
    }

    @Override
    public void close() {
        server.stop();
    }

    private List<LoggedRequest> publishRequests() {
        return server.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=Publish")));
    }

    private void answerPublish(ResponseDefinitionBuilder response) {
        server.resetMappings();
        server.stubFor(post(urlEqualTo("/")).atPriority(5).withRequestBody(containing("Action=Publish"))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withBody("<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + type + "</Type><Code>" + code
                        + "</Code><Message>" + message + "</Message></Error><RequestId>" + UUID.randomUUID()
                        + "</RequestId></ErrorResponse>");
    }

    /** Decodes {@code a=b&c=d} (application/x-www-form-urlencoded). */
    public static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    /** The message attributes of a decoded Publish: name to string value ({@code MessageAttributes.entry.N.*}). */
    public static Map<String, String> messageAttributes(Map<String, String> publish) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int n = 1; publish.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
            String prefix = "MessageAttributes.entry." + n + ".";
            if (!"String".equals(publish.get(prefix + "Value.DataType"))) {
                throw new AssertionError("attribute " + publish.get(prefix + "Name") + " is not a String");
            }
            attributes.put(publish.get(prefix + "Name"), publish.get(prefix + "Value.StringValue"));
        }
        return attributes;
    }
}
