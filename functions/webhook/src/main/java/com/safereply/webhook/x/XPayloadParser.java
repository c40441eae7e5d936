package com.safereply.webhook.x;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;

/**
 * Turns a verified X delivery into comment events. Two shapes:
 * <ul>
 *   <li>Account Activity API: {@code {"for_user_id", "tweet_create_events":[v1.1 tweets], ...}}; a tweet counts when it
 *       replies to or mentions the practice account. {@code tweet_delete_events} retract.</li>
 *   <li>X Activity API envelope: {@code {"data":{"event_type":"post.create","filter":{"user_id"},"payload":{v2 post}}}}.
 *       Its payload is assumed to be a v2 post ({@code id, text, author_id, in_reply_to_user_id, entities.mentions});
 *       verify against a real delivery.</li>
 * </ul>
 * Both key a post by its id alone, so the same post seen through both APIs de-duplicates.
 */
public final class XPayloadParser {

    /** v1.1 {@code created_at}, e.g. {@code Fri Sep 18 18:36:15 +0000 2020}. */
    private static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

    private final JsonBodies json;

    public XPayloadParser(JsonBodies json) {
        this.json = json;
    }

    /** @throws InvalidPayloadException when the body is not JSON or is neither envelope */
    public ParsedDelivery parse(byte[] body) {
        JsonNode root = json.readObject(body);
        if (root.has("for_user_id")) {
            return parseAccountActivity(root);
        }
        if (root.has("data")) {
            return parseActivityEnvelope(root.get("data"));
        }
        throw new InvalidPayloadException("unknown payload: expected for_user_id (Account Activity API) or data (X Activity API)");
    }

    private ParsedDelivery parseAccountActivity(JsonNode root) {
        String accountId = JsonBodies.text(root, "for_user_id");
        if (accountId == null) {
            throw new InvalidPayloadException("missing required field: for_user_id");
        }
        ParsedDelivery.Builder result = new ParsedDelivery.Builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode events = field.getValue();
            if (!name.endsWith("_events")) {
                continue; // for_user_id, is_blocked_by, user_has_blocked
            }
            if (!events.isArray()) {
                result.reject(name, name + " must be an array");
                continue;
            }
            for (int i = 0; i < events.size(); i++) {
                String where = name + "[" + i + "]";
                switch (name) {
                    case "tweet_create_events" -> parseTweet(accountId, events.get(i), where, result);
                    case "tweet_delete_events" -> parseTweetDelete(accountId, events.get(i), where, result);
                    default -> result.ignore(); // likes, follows, DMs: not comments
                }
            }
        }
        return result.build();
    }

    private void parseTweet(String accountId, JsonNode tweet, String where, ParsedDelivery.Builder result) {
        String id = JsonBodies.text(tweet, "id_str");
        if (id == null) {
            result.reject(where, "missing required field: id_str");
            return;
        }
        JsonNode user = tweet.get("user");
        String authorId = JsonBodies.text(user, "id_str");
        if (authorId == null) {
            result.reject(where, "missing required field: user.id_str");
            return;
        }
        if (accountId.equals(authorId) || tweet.has("retweeted_status") || !addressesAccount(tweet, accountId)) {
            result.ignore(); // our own posts, retweets, and posts that neither reply to nor mention the practice
            return;
        }
        result.accept(new InboundComment(
                Platform.X,
                accountId,
                id,
                CommentVerb.ADD,
                "x:" + id,
                tweetText(tweet),
                authorId,
                JsonBodies.text(user, "name"),
                JsonBodies.text(user, "screen_name"),
                JsonBodies.text(tweet, "in_reply_to_status_id_str"),
                "https://x.com/i/web/status/" + id,
                v1Time(tweet),
                mentionsAccount(tweet, accountId) || quotesAccount(tweet, accountId)));
    }

    /**
     * Replies to the practice's posts are ingested even when they do not mention it: the approvers should know of them.
     * But since February 2026 X refuses a reply unless the post mentioned or quoted the account, so those are
     * marked as not answerable ({@link InboundComment#replyAllowed()}).
     */
    private static boolean addressesAccount(JsonNode tweet, String accountId) {
        return accountId.equals(JsonBodies.text(tweet, "in_reply_to_user_id_str"))
                || mentionsAccount(tweet, accountId) || quotesAccount(tweet, accountId);
    }

    private static boolean quotesAccount(JsonNode tweet, String accountId) {
        JsonNode quoted = tweet.get("quoted_status");
        return quoted != null && accountId.equals(JsonBodies.text(quoted.get("user"), "id_str"));
    }

    private static boolean mentionsAccount(JsonNode tweet, String accountId) {
        JsonNode entities = tweet.has("extended_tweet") ? tweet.get("extended_tweet").get("entities") : tweet.get("entities");
        if (entities == null || entities.isNull()) {
            entities = tweet.get("entities");
        }
        JsonNode mentions = JsonBodies.array(entities, "user_mentions");
        if (mentions != null) {
            for (JsonNode mention : mentions) {
                if (accountId.equals(JsonBodies.text(mention, "id_str"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Long tweets keep their full text in {@code extended_tweet.full_text}; {@code text} is then truncated. */
    private static String tweetText(JsonNode tweet) {
        JsonNode extended = tweet.get("extended_tweet");
        String full = JsonBodies.text(extended, "full_text");
        if (full == null) {
            full = JsonBodies.text(tweet, "full_text");
        }
        if (full == null) {
            full = JsonBodies.text(tweet, "text");
        }
        return full == null ? "" : full;
    }

    private static Instant v1Time(JsonNode tweet) {
        String createdAt = JsonBodies.text(tweet, "created_at");
        if (createdAt != null) {
            try {
                return ZonedDateTime.parse(createdAt, V1_TIME).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through to timestamp_ms
            }
        }
        String millis = JsonBodies.text(tweet, "timestamp_ms");
        return millis != null && millis.matches("\\d{1,15}") ? Instant.ofEpochMilli(Long.parseLong(millis)) : null;
    }

    /** {@code {"status":{"id","user_id"},"timestamp_ms"}}: the author deleted a post; retract any pending draft. */
    private void parseTweetDelete(String accountId, JsonNode event, String where, ParsedDelivery.Builder result) {
        JsonNode status = event.get("status");
        String id = JsonBodies.text(status, "id");
        if (id == null) {
            result.reject(where, "missing required field: status.id");
            return;
        }
        String authorId = JsonBodies.text(status, "user_id");
        if (accountId.equals(authorId)) {
            result.ignore();
            return;
        }
        result.accept(new InboundComment(Platform.X, accountId, id, CommentVerb.REMOVE, "x:" + id + ":remove",
                null, authorId, null, null, null, null, null));
    }

    private ParsedDelivery parseActivityEnvelope(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new InvalidPayloadException("data must be an object");
        }
        ParsedDelivery.Builder result = new ParsedDelivery.Builder();
        String accountId = JsonBodies.text(data.get("filter"), "user_id");
        if (accountId == null) {
            throw new InvalidPayloadException("missing required field: data.filter.user_id");
        }
        if (!"post.create".equals(JsonBodies.text(data, "event_type"))) {
            result.ignore();
            return result.build();
        }
        JsonNode post = data.get("payload");
        String id = JsonBodies.text(post, "id");
        String authorId = JsonBodies.text(post, "author_id");
        if (id == null || authorId == null) {
            result.reject("data.payload", "missing required field: data.payload.id or data.payload.author_id");
            return result.build();
        }
        if (accountId.equals(authorId) || !postAddressesAccount(post, accountId)) {
            result.ignore();
            return result.build();
        }
        String text = JsonBodies.text(post, "text");
        result.accept(new InboundComment(
                Platform.X,
                accountId,
                id,
                CommentVerb.ADD,
                "x:" + id,
                text == null ? "" : text,
                authorId,
                null,
                null,
                repliedToPostId(post),
                "https://x.com/i/web/status/" + id,
                JsonBodies.epochOrIsoTime(post.get("created_at")),
                // a v2 post names a quoted post by id only, so here only a mention proves a reply is allowed
                postMentionsAccount(post, accountId)));
        return result.build();
    }

    private static boolean postAddressesAccount(JsonNode post, String accountId) {
        return accountId.equals(JsonBodies.text(post, "in_reply_to_user_id")) || postMentionsAccount(post, accountId);
    }

    private static boolean postMentionsAccount(JsonNode post, String accountId) {
        JsonNode mentions = JsonBodies.array(post.get("entities"), "mentions");
        if (mentions != null) {
            for (JsonNode mention : mentions) {
                if (accountId.equals(JsonBodies.text(mention, "id"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String repliedToPostId(JsonNode post) {
        JsonNode refs = JsonBodies.array(post, "referenced_tweets");
        if (refs != null) {
            for (JsonNode ref : refs) {
                if ("replied_to".equals(JsonBodies.text(ref, "type"))) {
                    return JsonBodies.text(ref, "id");
                }
            }
        }
        return null;
    }
}
