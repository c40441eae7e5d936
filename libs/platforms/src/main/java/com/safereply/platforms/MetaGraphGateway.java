package com.safereply.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.publish.ReplyTarget;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Facebook Page comments and Instagram comments through the Graph API. Parameters go in a form body, never in the
 * URL, so reply text stays out of access logs; the token goes in the Authorization header for the same reason.
 *
 * <ul>
 *   <li>Facebook reply: {@code POST /{version}/{comment-id}/comments} with {@code message}; hide: {@code POST
 *       /{version}/{comment-id}} with {@code is_hidden=true}.</li>
 *   <li>Instagram reply: {@code POST /{version}/{ig-comment-id}/replies} with {@code message}; hide: {@code POST
 *       /{version}/{ig-comment-id}} with {@code hide=true}.</li>
 * </ul>
 */
public final class MetaGraphGateway implements ReplyGateway {
    /** Pages read back before giving up: a comment with more than this many replies is rare on a practice's page. */
    private static final int MAX_READ_BACK_PAGES = 5;

    private final PlatformHttp http;
    private final URI base;
    private final String version;

    public MetaGraphGateway(URI base, String version, PlatformHttpSettings settings) {
        if (!version.matches("v\\d{1,3}\\.\\d")) {
            throw new IllegalArgumentException("Graph API version must look like v25.0, was " + version);
        }
        this.http = PlatformHttp.withTimeouts(settings.connectTimeout(), settings.requestTimeout());
        this.base = base;
        this.version = version;
    }

    @Override
    public PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken token) {
        String edge = target.platform() == Platform.INSTAGRAM ? "replies" : "comments";
        Exchange exchange = http.send(form(path(target.commentId(), edge), token, Map.of("message", text)));
        if (exchange instanceof Exchange.NoAnswer none) {
            return none.outcome();
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.ok()) {
            return GraphErrors.classify(answer);
        }
        String id = answer.body().path("id").asText("");
        // A 2xx without an id is not proof of a write nor of its absence.
        return id.isEmpty() ? new PlatformOutcome.Unknown("answer without a reply id") : new PlatformOutcome.Done(id);
    }

    @Override
    public ReadBack findOwnReply(ReplyTarget target, PlatformToken token) {
        requireMeta(target);
        String edge = target.platform() == Platform.INSTAGRAM ? "replies" : "comments";
        String after = null;
        for (int page = 0; page < MAX_READ_BACK_PAGES; page++) {
            String query = "fields=id,from&limit=100" + (after == null ? "" : "&after=" + encode(after));
            Exchange exchange = http.send(get(path(target.commentId(), edge) + "?" + query, token));
            if (exchange instanceof Exchange.NoAnswer none) {
                return new ReadBack.Unreadable(describe(none.outcome()));
            }
            Exchange.Answered answer = (Exchange.Answered) exchange;
            if (!answer.ok()) {
                return GraphErrors.targetGone(answer)
                        ? new ReadBack.TargetGone()
                        : new ReadBack.Unreadable("read back refused (" + answer.status() + ")");
            }
            for (JsonNode reply : answer.body().path("data")) {
                if (target.accountId().equals(reply.path("from").path("id").asText())) {
                    return new ReadBack.Found(reply.path("id").asText());
                }
            }
            after = answer.body().path("paging").path("cursors").path("after").asText(null);
            if (after == null || answer.body().path("paging").path("next").isMissingNode()) {
                return new ReadBack.Absent();
            }
        }
        return new ReadBack.Unreadable("more than " + MAX_READ_BACK_PAGES + " pages of replies");
    }

    @Override
    public PlatformOutcome hide(ReplyTarget target, PlatformToken token) {
        requireMeta(target);
        String flag = target.platform() == Platform.INSTAGRAM ? "hide" : "is_hidden";
        Exchange exchange = http.send(form(path(target.commentId(), null), token, Map.of(flag, "true")));
        if (exchange instanceof Exchange.NoAnswer none) {
            return none.outcome();
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.ok()) {
            return GraphErrors.classify(answer);
        }
        // Hiding is idempotent at the platform, so an unclear answer is harmless to repeat.
        return answer.body().path("success").asBoolean(false)
                ? new PlatformOutcome.Done("")
                : new PlatformOutcome.Unknown("hide answered without success");
    }

    private static void requireMeta(ReplyTarget target) {
        if (target.platform() != Platform.FACEBOOK && target.platform() != Platform.INSTAGRAM) {
            throw new IllegalArgumentException("not a Meta target: " + target.platform());
        }
    }

    private String path(String objectId, String edge) {
        return "/" + version + "/" + objectId + (edge == null ? "" : "/" + edge);
    }

    private HttpRequest.Builder form(String path, PlatformToken token, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token.value())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String pathAndQuery, PlatformToken token) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Authorization", "Bearer " + token.value())
                .GET();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String describe(PlatformOutcome outcome) {
        if (outcome instanceof PlatformOutcome.NothingWritten nothing) {
            return nothing.reason();
        }
        if (outcome instanceof PlatformOutcome.Unknown unknown) {
            return unknown.reason();
        }
        return outcome.toString();
    }
}
