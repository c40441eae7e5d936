package com.safereply.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Graph API and X API v2, for the local run: it accepts the reply and hide calls SafeReply makes,
 * keeps what was posted, lists it read-only, and can be told to fail the next posts in each way a platform does.
 *
 * <ul>
 *   <li>{@code GET /_standin/replies}: the replies posted, as the public would see them (ids, targets and texts of the
 *       practice's own replies, which are public) and the hidden comments.</li>
 *   <li>{@code POST /_standin/fail?next=<kind>}: the next post fails as {@code throttled}, {@code lost-answer} (written,
 *       then the answer never comes), {@code server-error}, {@code token-expired}, {@code comment-deleted},
 *       {@code policy-block} or, on X, {@code not-mentioned}.</li>
 * </ul>
 * Listens on loopback only. A local token names the account it posts as ({@code local-account-<id>}, see
 * {@link #tokenFor}); any other token is refused as an invalid token would be.
 */
final class LocalPlatformStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GRAPH_REPLY = Pattern.compile("/v\\d+\\.\\d/([A-Za-z0-9_.-]+)/(comments|replies)");
    private static final Pattern GRAPH_OBJECT = Pattern.compile("/v\\d+\\.\\d/([A-Za-z0-9_.-]+)");
    private static final Pattern X_TIMELINE = Pattern.compile("/2/users/([0-9]+)/tweets");
    private static final Pattern X_HIDE = Pattern.compile("/2/tweets/([0-9]+)/hidden");
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** How long a "lost-answer" post keeps the client waiting: longer than the gateway's request timeout. */
    private static final long LOST_ANSWER_MILLIS = 15_000;

    record Reply(String platform, String replyId, String accountId, String commentId, String text) {}

    private final HttpServer server;
    private static final String TOKEN_PREFIX = "local-account-";
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private final List<Reply> replies = new ArrayList<>();
    private final List<String> hidden = new ArrayList<>();
    private final Deque<String> failures = new ArrayDeque<>();

    private LocalPlatformStandIn(HttpServer server) {
        this.server = server;
    }

    /** The local token of a practice's account on a platform. */
    static String tokenFor(String accountId) {
        return TOKEN_PREFIX + accountId;
    }

    /** @param port 0 for any free port */
    static LocalPlatformStandIn start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            LocalPlatformStandIn standIn = new LocalPlatformStandIn(server);
            server.createContext("/", standIn::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "local-platforms");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("the local platform stand-in did not start on port " + port
                    + " (is the port taken?)", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI listing() {
        return endpoint().resolve("/_standin/replies");
    }

    synchronized List<Reply> replies() {
        return List.copyOf(replies);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(method) && "/_standin/replies".equals(path)) {
                send(exchange, 200, listingJson());
                return;
            }
            if ("POST".equals(method) && "/_standin/fail".equals(path)) {
                String kind = query(exchange).getOrDefault("next", "");
                synchronized (this) {
                    failures.add(kind);
                }
                send(exchange, 200, JSON.createObjectNode().put("next", kind));
                return;
            }
            Optional<String> account = account(exchange);
            if (account.isEmpty()) {
                send(exchange, path.startsWith("/2/") ? 401 : 400, path.startsWith("/2/")
                        ? xProblem(401, "Unauthorized", "Unauthorized")
                        : graphError(190, 467, "Invalid OAuth access token."));
                return;
            }
            route(exchange, method, path, account.get());
        }
    }

    private void route(HttpExchange exchange, String method, String path, String account) throws IOException {
        Matcher m;
        if ("POST".equals(method) && (m = GRAPH_REPLY.matcher(path)).matches()) {
            String platform = "replies".equals(m.group(2)) ? "instagram" : "facebook";
            post(exchange, platform, account, m.group(1), form(body(exchange)).get("message"));
        } else if ("GET".equals(method) && (m = GRAPH_REPLY.matcher(path)).matches()) {
            send(exchange, 200, graphReplies(m.group(1)));
        } else if ("POST".equals(method) && (m = GRAPH_OBJECT.matcher(path)).matches()) {
            hide(exchange, m.group(1), JSON.createObjectNode().put("success", true));
        } else if ("POST".equals(method) && "/2/tweets".equals(path)) {
            JsonNode body = JSON.readTree(body(exchange));
            post(exchange, "x", account, body.path("reply").path("in_reply_to_tweet_id").asText(),
                    body.path("text").asText(null));
        } else if ("GET".equals(method) && (m = X_TIMELINE.matcher(path)).matches()) {
            send(exchange, 200, xTimeline(m.group(1)));
        } else if ("PUT".equals(method) && (m = X_HIDE.matcher(path)).matches()) {
            ObjectNode answer = JSON.createObjectNode();
            answer.putObject("data").put("hidden", true);
            hide(exchange, m.group(1), answer);
        } else {
            send(exchange, 404, graphError(100, -1, "Unknown path components: " + path));
        }
    }

    private void post(HttpExchange exchange, String platform, String account, String commentId, String text)
            throws IOException {
        boolean x = "x".equals(platform);
        if (text == null || text.isBlank()) {
            send(exchange, 400, x ? xProblem(400, "Invalid Request", "text is required")
                    : graphError(100, -1, "(#100) The parameter message is required"));
            return;
        }
        String failure;
        synchronized (this) {
            failure = failures.poll();
        }
        if (failure != null && !failure.equals("lost-answer")) {
            fail(exchange, x, failure);
            return;
        }
        Reply reply;
        synchronized (this) {
            String id = x ? String.valueOf(1_900_000_000_000_000_000L + replies.size() + 1)
                    : commentId + "_r" + (replies.size() + 1);
            reply = new Reply(platform, id, account, commentId, text);
            replies.add(reply);
        }
        if ("lost-answer".equals(failure)) {
            sleep(LOST_ANSWER_MILLIS);
        }
        ObjectNode answer = JSON.createObjectNode();
        if (x) {
            answer.putObject("data").put("id", reply.replyId()).put("text", text);
            send(exchange, 201, answer);
        } else {
            send(exchange, 200, answer.put("id", reply.replyId()));
        }
    }

    private void fail(HttpExchange exchange, boolean x, String kind) throws IOException {
        switch (kind) {
            case "throttled" -> send(exchange, x ? 429 : 400, x ? xProblem(429, "Too Many Requests", "Too Many Requests")
                    : graphError(32, -1, "Page request limit reached"));
            case "server-error" -> send(exchange, 500, x ? xProblem(500, "Internal Server Error", "Internal error")
                    : graphError(2, -1, "An unexpected error has occurred. Please retry your request later."));
            case "token-expired" -> send(exchange, x ? 401 : 400, x ? xProblem(401, "Unauthorized", "Unauthorized")
                    : graphError(190, 463, "Error validating access token: Session has expired."));
            case "comment-deleted" -> send(exchange, x ? 403 : 400, x ? xProblem(403, "Forbidden",
                    "You attempted to reply to a Tweet that is deleted or not visible to you.")
                    : graphError(100, 33, "Object does not exist, cannot be loaded due to missing permissions,"
                            + " or does not support this operation."));
            case "policy-block" -> send(exchange, 400, graphError(368, 1390008,
                    "You've been temporarily blocked from using it."));
            case "not-mentioned" -> send(exchange, 403, xProblem(403, "Forbidden", "Reply to this conversation is not"
                    + " allowed because you have not been mentioned or otherwise engaged by the author of the post"
                    + " you are replying to."));
            default -> send(exchange, 400, graphError(100, -1, "unknown failure kind for the stand-in: " + kind));
        }
    }

    private void hide(HttpExchange exchange, String commentId, ObjectNode answer) throws IOException {
        synchronized (this) {
            if (!hidden.contains(commentId)) {
                hidden.add(commentId);
            }
        }
        send(exchange, 200, answer);
    }

    private synchronized ObjectNode graphReplies(String commentId) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (Reply r : replies) {
            if (r.commentId().equals(commentId)) {
                data.addObject().put("id", r.replyId()).putObject("from").put("id", r.accountId());
            }
        }
        return answer;
    }

    private synchronized ObjectNode xTimeline(String userId) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (Reply r : replies) {
            if ("x".equals(r.platform()) && r.accountId().equals(userId)) {
                ObjectNode post = data.addObject().put("id", r.replyId()).put("text", r.text());
                post.putArray("referenced_tweets").addObject().put("type", "replied_to").put("id", r.commentId());
            }
        }
        answer.putObject("meta").put("result_count", data.size());
        return answer;
    }

    private synchronized ObjectNode listingJson() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("replies");
        for (Reply r : replies) {
            list.addObject().put("platform", r.platform()).put("replyId", r.replyId()).put("accountId", r.accountId())
                    .put("commentId", r.commentId()).put("text", r.text());
        }
        ArrayNode hiddenList = answer.putArray("hiddenComments");
        hidden.forEach(hiddenList::add);
        return answer;
    }

    private Optional<String> account(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String token = header.substring("Bearer ".length());
        if (!token.startsWith(TOKEN_PREFIX) || !ACCOUNT.matcher(token.substring(TOKEN_PREFIX.length())).matches()) {
            return Optional.empty();
        }
        return Optional.of(token.substring(TOKEN_PREFIX.length()));
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("body over " + MAX_BODY_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Map.of() : form(raw);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static ObjectNode graphError(int code, int subcode, String message) {
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode error = answer.putObject("error").put("message", message).put("type", "OAuthException")
                .put("code", code);
        if (subcode >= 0) {
            error.put("error_subcode", subcode);
        }
        error.put("fbtrace_id", "LocalStandIn");
        return answer;
    }

    private static ObjectNode xProblem(int status, String title, String detail) {
        return JSON.createObjectNode().put("title", title).put("detail", detail).put("type", "about:blank")
                .put("status", status);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
