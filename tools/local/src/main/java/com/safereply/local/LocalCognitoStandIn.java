package com.safereply.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A stand-in for the approvers' Cognito user pool, for the real {@code CognitoIdentityProviderClient} of the review
 * API ({@code COGNITO_ENDPOINT} points here). It speaks the AWS JSON 1.1 calls the {@code CognitoApproverAccounts}
 * adapter makes ({@code AdminCreateUser}, {@code AdminAddUserToGroup}, {@code AdminGetUser}, {@code AdminDisableUser},
 * {@code ListUsers}) on one pool, keeps the users in memory, and prints each invitation as Cognito would e-mail it
 * (the address, the practice; no password: nobody signs in locally, the X-Dev-Approver header stands in).
 * {@code GET /_standin/users} lists the users. Listens on loopback only.
 */
final class LocalCognitoStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private record User(String username, Map<String, String> attributes, boolean enabled, String group) {
    }

    private final HttpServer server;
    private final String poolId;
    private final PrintStream out;
    private final Map<String, User> users = new LinkedHashMap<>();

    private LocalCognitoStandIn(HttpServer server, String poolId, PrintStream out) {
        this.server = server;
        this.poolId = poolId;
        this.out = out;
    }

    /** @param port 0 for any free port */
    static LocalCognitoStandIn start(int port, String poolId, PrintStream out) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            LocalCognitoStandIn standIn = new LocalCognitoStandIn(server, poolId, out);
            server.createContext("/", standIn::handle);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "local-cognito");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("the local Cognito stand-in did not start on port " + port
                    + " (is the port taken?)", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod()) && "/_standin/users".equals(exchange.getRequestURI().getPath())) {
                ObjectNode listing = JSON.createObjectNode();
                ArrayNode list = listing.putArray("users");
                synchronized (this) {
                    users.values().forEach(u -> list.add(user(u, "Attributes")));
                }
                send(exchange, 200, listing);
                return;
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(TARGET_PREFIX)) {
                send(exchange, 400, error("UnknownOperationException", "not a Cognito user pool call"));
                return;
            }
            JsonNode request = JSON.readTree(body(exchange));
            if (!poolId.equals(request.path("UserPoolId").asText())) {
                send(exchange, 400, error("ResourceNotFoundException", "User pool " + request.path("UserPoolId").asText()
                        + " does not exist."));
                return;
            }
            synchronized (this) {
                answer(exchange, target.substring(TARGET_PREFIX.length()), request);
            }
        }
    }

    private void answer(HttpExchange exchange, String action, JsonNode request) throws IOException {
        String username = request.path("Username").asText();
        switch (action) {
            case "AdminCreateUser" -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                request.path("UserAttributes").forEach(a -> attributes.put(a.path("Name").asText(), a.path("Value").asText()));
                String email = attributes.getOrDefault("email", username);
                if (users.values().stream().anyMatch(u -> email.equalsIgnoreCase(u.attributes().get("email")))) {
                    send(exchange, 400, error("UsernameExistsException", "An account with the given email already exists."));
                    return;
                }
                String sub = UUID.randomUUID().toString();
                attributes.put("sub", sub);
                User user = new User(sub, attributes, true, null);
                users.put(sub, user);
                out.println("--- approver invited (local Cognito, pool " + poolId + ") ---\nTo: " + email
                        + "\nPractice: " + attributes.get("custom:practiceId") + "\nUser name: " + sub + "\n---");
                send(exchange, 200, JSON.createObjectNode().set("User", user(user, "Attributes")));
            }
            case "AdminAddUserToGroup" -> {
                User user = users.get(username);
                if (user == null) {
                    send(exchange, 400, error("UserNotFoundException", "User does not exist."));
                    return;
                }
                users.put(username, new User(username, user.attributes(), user.enabled(), request.path("GroupName").asText()));
                send(exchange, 200, JSON.createObjectNode());
            }
            case "AdminGetUser" -> {
                User user = users.get(username);
                if (user == null) {
                    send(exchange, 400, error("UserNotFoundException", "User does not exist."));
                    return;
                }
                send(exchange, 200, user(user, "UserAttributes"));
            }
            case "AdminDisableUser" -> {
                User user = users.get(username);
                if (user == null) {
                    send(exchange, 400, error("UserNotFoundException", "User does not exist."));
                    return;
                }
                users.put(username, new User(username, user.attributes(), false, user.group()));
                send(exchange, 200, JSON.createObjectNode());
            }
            case "ListUsers" -> {
                ObjectNode page = JSON.createObjectNode();
                ArrayNode list = page.putArray("Users");
                users.values().forEach(u -> list.add(user(u, "Attributes")));
                send(exchange, 200, page);
            }
            default -> send(exchange, 400, error("UnknownOperationException", "not served by the local stand-in: " + action));
        }
    }

    private static ObjectNode user(User user, String attributesKey) {
        ObjectNode node = JSON.createObjectNode().put("Username", user.username()).put("Enabled", user.enabled())
                .put("UserStatus", "FORCE_CHANGE_PASSWORD").put("UserCreateDate", 1.7647e9);
        ArrayNode attributes = node.putArray(attributesKey);
        user.attributes().forEach((k, v) -> attributes.addObject().put("Name", k).put("Value", v));
        return node;
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("message", message);
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
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
