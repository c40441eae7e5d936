package com.safereply.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.safereply.app.publish.PlatformOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Sends one request and sorts a missing answer into "never sent" or "maybe received". That split is the whole basis of
 * exactly-once publishing: only a request that provably never reached the platform may be sent again blindly.
 */
public final class PlatformHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration requestTimeout;

    public PlatformHttp(HttpClient client, Duration requestTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
    }

    public static PlatformHttp withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new PlatformHttp(client, requestTimeout);
    }

    public Exchange send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange.Answered(response.statusCode(), parse(response.body()));
        } catch (HttpConnectTimeoutException e) {
            return new Exchange.NoAnswer(new PlatformOutcome.NothingWritten("connect timeout"));
        } catch (ConnectException e) {
            return new Exchange.NoAnswer(new PlatformOutcome.NothingWritten(neverConnected(e)));
        } catch (IOException e) {
            // Read timeout, reset, closed stream: the request may have been received and acted on.
            return new Exchange.NoAnswer(new PlatformOutcome.Unknown("no answer: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange.NoAnswer(new PlatformOutcome.Unknown("interrupted"));
        }
    }

    private static String neverConnected(ConnectException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return "name not resolved";
        }
        return "connection refused";
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
