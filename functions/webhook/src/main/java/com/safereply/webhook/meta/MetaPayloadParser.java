package com.safereply.webhook.meta;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;

/**
 * Turns a verified Meta delivery ({@code object} "page" or "instagram") into comment events. Walks every entry and
 * every change: Meta batches. A malformed change is reported and skipped; the envelope itself must be sound.
 */
public final class MetaPayloadParser {

    private static final Set<String> INSTAGRAM_COMMENT_FIELDS = Set.of("comments", "live_comments");

    private final JsonBodies json;

    public MetaPayloadParser(JsonBodies json) {
        this.json = json;
    }

    /** @throws InvalidPayloadException when the body is not JSON, or the envelope lacks {@code object} or {@code entry} */
    public ParsedDelivery parse(byte[] body) {
        JsonNode root = json.readObject(body);
        String object = JsonBodies.text(root, "object");
        if (object == null) {
            throw new InvalidPayloadException("missing required field: object");
        }
        Platform platform = switch (object) {
            case "page" -> Platform.FACEBOOK;
            case "instagram" -> Platform.INSTAGRAM;
            default -> throw new InvalidPayloadException("unknown object: expected page or instagram");
        };
        JsonNode entries = JsonBodies.array(root, "entry");
        if (entries == null) {
            throw new InvalidPayloadException("missing required field: entry (an array)");
        }
        ParsedDelivery.Builder result = new ParsedDelivery.Builder();
        for (int e = 0; e < entries.size(); e++) {
            parseEntry(platform, entries.get(e), "entry[" + e + "]", result);
        }
        return result.build();
    }

    private void parseEntry(Platform platform, JsonNode entry, String where, ParsedDelivery.Builder result) {
        String channelId = JsonBodies.text(entry, "id");
        if (!entry.isObject() || channelId == null) {
            result.reject(where, "missing required field: id");
            return;
        }
        JsonNode changes = entry.get("changes");
        if (changes == null || changes.isNull()) {
            // Page entries can carry other arrays (e.g. Messenger "messaging"): not comments, not an error.
            result.ignore();
            return;
        }
        if (!changes.isArray()) {
            result.reject(where, "changes must be an array");
            return;
        }
        for (int c = 0; c < changes.size(); c++) {
            String changeWhere = where + ".changes[" + c + "]";
            JsonNode change = changes.get(c);
            JsonNode value = change.get("value");
            String field = JsonBodies.text(change, "field");
            if (field == null) {
                result.reject(changeWhere, "missing required field: field");
            } else if (value == null || !value.isObject()) {
                result.reject(changeWhere, "missing required field: value (an object)");
            } else if (platform == Platform.FACEBOOK) {
                parsePageChange(channelId, field, value, entry, changeWhere, result);
            } else {
                parseInstagramChange(channelId, field, value, changeWhere, result);
            }
        }
    }

    private void parsePageChange(String pageId, String field, JsonNode value, JsonNode entry, String where,
                                 ParsedDelivery.Builder result) {
        if (!"feed".equals(field) || !"comment".equals(JsonBodies.text(value, "item"))) {
            result.ignore(); // posts, reactions, shares, other fields
            return;
        }
        String verbText = JsonBodies.text(value, "verb");
        if (verbText == null) {
            result.reject(where, "missing required field: value.verb");
            return;
        }
        CommentVerb verb = pageVerb(verbText);
        if (verb == null) {
            result.ignore(); // e.g. unhide: nothing to draft or retract
            return;
        }
        String commentId = JsonBodies.text(value, "comment_id");
        if (commentId == null) {
            result.reject(where, "missing required field: value.comment_id");
            return;
        }
        JsonNode from = value.get("from");
        String authorId = JsonBodies.text(from, "id");
        if (pageId.equals(authorId)) {
            result.ignore(); // the Page's own reply: never draft an answer to ourselves
            return;
        }
        JsonNode createdNode = value.get("created_time");
        Instant createdAt = JsonBodies.epochOrIsoTime(createdNode);
        // Meta's edit events reuse the comment id and verb, and a later edit can carry the same created_time as an
        // earlier one: the edited text is what makes an edit distinct, so it is part of the key (as a hash). The
        // edit's time stays in it so that editing back to an earlier text is still a new edit; a redelivery of the
        // same edit carries the same text and time, so it stays a duplicate.
        String deliveryKey = "facebook:" + commentId + ":" + verbText.toLowerCase(Locale.ROOT);
        String message = JsonBodies.text(value, "message");
        if (verb == CommentVerb.EDIT) {
            String editTime = createdAt != null ? String.valueOf(createdAt.getEpochSecond())
                    : JsonBodies.text(entry, "time");
            deliveryKey += ":" + (editTime == null ? "unknown" : editTime) + ":" + EditKeys.textHash(message);
        }
        result.accept(new InboundComment(
                Platform.FACEBOOK,
                pageId,
                commentId,
                verb,
                deliveryKey,
                textFor(verb, message),
                authorId,
                JsonBodies.text(from, "name"),
                null,
                JsonBodies.text(value, "parent_id"),
                JsonBodies.text(value, "permalink_url"),
                createdAt));
    }

    /**
     * {@code hide} is treated like {@code remove}: the platforms spec asks to retract a pending draft when a comment is
     * removed or hidden (assumed from Meta's verb list; verify against a real hide event).
     */
    private static CommentVerb pageVerb(String verb) {
        return switch (verb) {
            case "add" -> CommentVerb.ADD;
            case "edited", "edit" -> CommentVerb.EDIT;
            case "remove", "hide" -> CommentVerb.REMOVE;
            default -> null;
        };
    }

    private void parseInstagramChange(String accountId, String field, JsonNode value, String where,
                                      ParsedDelivery.Builder result) {
        if (!INSTAGRAM_COMMENT_FIELDS.contains(field)) {
            result.ignore(); // mentions, messages, story insights
            return;
        }
        String commentId = JsonBodies.text(value, "id");
        if (commentId == null) {
            result.reject(where, "missing required field: value.id");
            return;
        }
        JsonNode from = value.get("from");
        String authorId = JsonBodies.text(from, "id");
        if (accountId.equals(authorId)) {
            result.ignore(); // the practice's own reply
            return;
        }
        // IG comment notifications carry no verb: they are new comments. Honour one if Meta ever sends it.
        String verbText = JsonBodies.text(value, "verb");
        CommentVerb verb = verbText == null ? CommentVerb.ADD : pageVerb(verbText);
        if (verb == null) {
            result.ignore();
            return;
        }
        String text = JsonBodies.text(value, "text");
        String deliveryKey = "instagram:" + commentId + (verb == CommentVerb.ADD ? "" : ":" + verbText.toLowerCase(Locale.ROOT))
                + (verb == CommentVerb.EDIT ? ":" + EditKeys.textHash(text) : "");
        JsonNode media = value.get("media");
        result.accept(new InboundComment(
                Platform.INSTAGRAM,
                accountId,
                commentId,
                verb,
                deliveryKey,
                textFor(verb, text),
                authorId,
                null,
                JsonBodies.text(from, "username"),
                firstNonNull(JsonBodies.text(value, "parent_id"), JsonBodies.text(media, "id")),
                null,
                JsonBodies.epochOrIsoTime(value.get("timestamp"))));
    }

    /** A removed comment has no text to store; an added one without text (sticker, photo) has empty text. */
    private static String textFor(CommentVerb verb, String text) {
        if (verb == CommentVerb.REMOVE) {
            return null;
        }
        return text == null ? "" : text;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
