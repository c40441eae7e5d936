package com.safereply.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Google in the local run: its signing keys ({@code GET /oauth2/v3/certs}), its token endpoint
 * ({@code POST /token}: a local refresh token becomes an access token) and the Business Profile reviews API
 * ({@code GET /v4/{reviewName}}, {@code PUT /v4/{reviewName}/reply}). Local helpers:
 * <ul>
 *   <li>{@code POST /_standin/google/reviews} with {@code {"reviewName", "starRating", "comment"}} stores a review and
 *       answers the Pub/Sub push for it: {@code {"authorization": "Bearer <token>", "body": <envelope>}}, the token
 *       signed with this stand-in's key for the local audience and push service account (post both to
 *       {@code /webhooks/google}).</li>
 *   <li>{@code POST /_standin/google/moderate?review=<reviewName>&state=REJECTED} sets the reply's moderation state.</li>
 *   <li>{@code GET /_standin/google/replies}: the replies put.</li>
 * </ul>
 * Listens on loopback only; its key is made at start and never leaves the process except as the public JWKS.
 */
final class LocalGoogleStandIn implements AutoCloseable {

    static final String ISSUER = "https://accounts.google.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REVIEW = Pattern.compile(
            "/v4/(accounts/[0-9]{1,30}/locations/[0-9]{1,30}/reviews/[A-Za-z0-9_-]{1,200})(/reply)?");
    private static final int MAX_BODY_BYTES = 64 * 1024;
    static final String ACCESS_TOKEN = "local-google-access";

    private final HttpServer server;
    private final RSAKey key;
    private final String audience;
    private final String serviceAccount;
    private final Map<String, ObjectNode> reviews = new LinkedHashMap<>();

    private LocalGoogleStandIn(HttpServer server, RSAKey key, String audience, String serviceAccount) {
        this.server = server;
        this.key = key;
        this.audience = audience;
        this.serviceAccount = serviceAccount;
    }

    /** The refresh token a practice has "connected" locally: any practice that claimed a Google location. */
    static String refreshTokenFor(String practiceId) {
        return "local-google-refresh-" + practiceId;
    }

    static LocalGoogleStandIn start(int port, String audience, String serviceAccount) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("local-google-" + UUID.randomUUID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            LocalGoogleStandIn standIn = new LocalGoogleStandIn(server, key, audience, serviceAccount);
            server.createContext("/", standIn::handle);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "local-google");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return standIn;
        } catch (IOException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("the local Google stand-in did not start on port " + port, e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A push token as Pub/Sub signs it for the local audience and service account. */
    String pushToken() {
        Date now = new Date();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience)
                .subject("100000000000000000001").issueTime(now).expirationTime(new Date(now.getTime() + 3_600_000L))
                .claim("email", serviceAccount).claim("email_verified", true).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(method) && "/oauth2/v3/certs".equals(path)) {
                send(exchange, 200, JSON.readTree(new JWKSet(key.toPublicJWK()).toString()));
            } else if ("POST".equals(method) && "/token".equals(path)) {
                String form = body(exchange);
                if (!form.contains("refresh_token=local-google-refresh-")) {
                    send(exchange, 400, JSON.createObjectNode().put("error", "invalid_grant"));
                    return;
                }
                send(exchange, 200, JSON.createObjectNode().put("access_token", ACCESS_TOKEN).put("expires_in", 3599)
                        .put("token_type", "Bearer"));
            } else if ("POST".equals(method) && "/_standin/google/reviews".equals(path)) {
                newReview(exchange);
            } else if ("POST".equals(method) && "/_standin/google/moderate".equals(path)) {
                moderate(exchange);
            } else if ("GET".equals(method) && "/_standin/google/replies".equals(path)) {
                ObjectNode listing = JSON.createObjectNode();
                ArrayNode list = listing.putArray("replies");
                synchronized (this) {
                    reviews.values().stream().filter(r -> r.has("reviewReply"))
                            .forEach(r -> list.addObject().put("reviewName", r.path("name").asText())
                                    .set("reply", r.path("reviewReply")));
                }
                send(exchange, 200, listing);
            } else {
                api(exchange, method, path);
            }
        }
    }

    private void api(HttpExchange exchange, String method, String path) throws IOException {
        Matcher m = REVIEW.matcher(path);
        if (!m.matches()) {
            send(exchange, 404, error(404, "NOT_FOUND"));
            return;
        }
        if (!("Bearer " + ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, error(401, "UNAUTHENTICATED"));
            return;
        }
        synchronized (this) {
            ObjectNode review = reviews.get(m.group(1));
            if (review == null) {
                send(exchange, 404, error(404, "NOT_FOUND"));
            } else if ("GET".equals(method) && m.group(2) == null) {
                send(exchange, 200, review);
            } else if ("PUT".equals(method) && m.group(2) != null) {
                String comment = JSON.readTree(body(exchange)).path("comment").asText("");
                ObjectNode reply = JSON.createObjectNode().put("comment", comment)
                        .put("updateTime", Instant.now().toString());
                review.set("reviewReply", reply);
                send(exchange, 200, reply);
            } else {
                send(exchange, 405, error(405, "METHOD_NOT_ALLOWED"));
            }
        }
    }

    private void newReview(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(body(exchange));
        String name = request.path("reviewName").asText("");
        Matcher m = REVIEW.matcher("/v4/" + name);
        if (!m.matches() || m.group(2) != null) {
            send(exchange, 400, JSON.createObjectNode().put("error", "reviewName must be accounts/{a}/locations/{l}/reviews/{r}"));
            return;
        }
        String now = Instant.now().toString();
        ObjectNode review = JSON.createObjectNode().put("name", name)
                .put("reviewId", name.substring(name.lastIndexOf('/') + 1))
                .put("starRating", request.path("starRating").asText("FIVE"))
                .put("comment", request.path("comment").asText(""))
                .put("createTime", now).put("updateTime", now);
        review.putObject("reviewer").put("displayName", "Local Reviewer");
        boolean updated;
        synchronized (this) {
            updated = reviews.containsKey(name);
            reviews.put(name, review);
        }
        String type = updated ? "UPDATED_REVIEW" : "NEW_REVIEW";
        ObjectNode data = JSON.createObjectNode().put("type", type).put("notificationType", type)
                .put("locationName", name.substring(0, name.indexOf("/reviews/"))).put("reviewName", name);
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putObject("message")
                .put("data", Base64.getEncoder().encodeToString(data.toString().getBytes(StandardCharsets.UTF_8)))
                .put("messageId", String.valueOf(System.nanoTime())).put("publishTime", now);
        envelope.put("subscription", "projects/safereply-local/subscriptions/gbp-reviews-push");
        ObjectNode push = JSON.createObjectNode().put("authorization", "Bearer " + pushToken());
        push.put("body", envelope.toString());
        send(exchange, 200, push);
    }

    private void moderate(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        synchronized (this) {
            ObjectNode review = reviews.get(params.getOrDefault("review", ""));
            if (review == null || !review.has("reviewReply")) {
                send(exchange, 404, error(404, "NOT_FOUND"));
                return;
            }
            ((ObjectNode) review.get("reviewReply")).put("reviewReplyState", params.getOrDefault("state", "REJECTED"));
            send(exchange, 200, review);
        }
    }

    private static ObjectNode error(int code, String status) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("code", code).put("status", status);
        return body;
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("body too large");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
