package com.safereply.platforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.publish.ReplyTarget;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * Replies on X through API v2 with a user-context token: {@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}.
 * Since February 2026 X refuses a reply unless the original post mentioned the account, which is why the target is
 * always the mention itself and a refusal of that kind is final.
 */
public final class XGateway implements ReplyGateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The account's recent posts read back; a reply to a mention is found among the newest ones. */
    private static final int READ_BACK_POSTS = 100;

    private final PlatformHttp http;
    private final URI base;

    public XGateway(URI base, PlatformHttpSettings settings) {
        this.http = PlatformHttp.withTimeouts(settings.connectTimeout(), settings.requestTimeout());
        this.base = base;
    }

    @Override
    public PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken token) {
        requireX(target);
        ObjectNode body = JSON.createObjectNode().put("text", text);
        body.putObject("reply").put("in_reply_to_tweet_id", target.commentId());
        Exchange exchange = http.send(json("/2/tweets", token).POST(publisher(body)));
        if (exchange instanceof Exchange.NoAnswer none) {
            return none.outcome();
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.ok()) {
            return XErrors.classify(answer);
        }
        String id = answer.body().path("data").path("id").asText("");
        return id.isEmpty() ? new PlatformOutcome.Unknown("answer without a post id") : new PlatformOutcome.Done(id);
    }

    /**
     * Reads the account's own timeline, not search: search is eventually consistent, and a reply missed by a lagging
     * index would be posted twice.
     */
    @Override
    public ReadBack findOwnReply(ReplyTarget target, PlatformToken token) {
        requireX(target);
        String path = "/2/users/" + target.accountId() + "/tweets?max_results=" + READ_BACK_POSTS
                + "&tweet.fields=referenced_tweets&exclude=retweets";
        Exchange exchange = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token.value()).GET());
        if (exchange instanceof Exchange.NoAnswer none) {
            return new ReadBack.Unreadable(MetaGraphGateway.describe(none.outcome()));
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.ok()) {
            return new ReadBack.Unreadable("read back refused (" + answer.status() + ")");
        }
        for (JsonNode post : answer.body().path("data")) {
            for (JsonNode reference : post.path("referenced_tweets")) {
                if ("replied_to".equals(reference.path("type").asText())
                        && target.commentId().equals(reference.path("id").asText())) {
                    return new ReadBack.Found(post.path("id").asText());
                }
            }
        }
        return new ReadBack.Absent();
    }

    /** {@code PUT /2/tweets/{id}/hidden}: X allows it only in conversations the account started. */
    @Override
    public PlatformOutcome hide(ReplyTarget target, PlatformToken token) {
        requireX(target);
        ObjectNode body = JSON.createObjectNode().put("hidden", true);
        Exchange exchange = http.send(
                json("/2/tweets/" + target.commentId() + "/hidden", token).PUT(publisher(body)));
        if (exchange instanceof Exchange.NoAnswer none) {
            return none.outcome();
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.ok()) {
            return XErrors.classify(answer);
        }
        return answer.body().path("data").path("hidden").asBoolean(false)
                ? new PlatformOutcome.Done("")
                : new PlatformOutcome.Unknown("hide answered without hidden=true");
    }

    private static void requireX(ReplyTarget target) {
        if (target.platform() != Platform.X) {
            throw new IllegalArgumentException("not an X target: " + target.platform());
        }
    }

    private HttpRequest.Builder json(String path, PlatformToken token) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token.value())
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }
}
