package com.safereply.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts one webhook body over a kept-alive HTTP/1.1 connection ({@link HttpURLConnection}). The driver shares the
 * machine's two cores with the server, so its own cost per request counts: this costs well under half the CPU of
 * {@code java.net.http.HttpClient} per request, for the same bytes on the wire.
 */
final class WebhookPoster {

    /** Idle connections the JDK keeps per destination; its default of 5 would reopen connections above 5 senders. */
    private static final String MAX_CONNECTIONS = "http.maxConnections";

    record Response(int status, String body) {
    }

    private final URL url;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    WebhookPoster(URI uri, Duration connectTimeout, Duration readTimeout) {
        try {
            this.url = uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + uri, e);
        }
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    /** Call before the first request: lets every sender keep its connection. */
    static void keepConnections(int senders) {
        int wanted = Math.max(senders, Integer.getInteger(MAX_CONNECTIONS, 5));
        System.setProperty(MAX_CONNECTIONS, Integer.toString(wanted));
    }

    /**
     * The status and the body, read to the end so the connection goes back to the keep-alive pool. The JDK gives no
     * body for some error statuses (401 to a streamed POST): the status is what the driver counts.
     */
    Response post(byte[] body, Map<String, String> headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout(connectTimeoutMillis);
        c.setReadTimeout(readTimeoutMillis);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
        headers.forEach(c::setRequestProperty);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String text = "";
        if (in != null) {
            try (in) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new Response(status, text);
    }
}
