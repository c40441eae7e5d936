package com.safereply.webhook.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.app.CommentVerb;
import com.safereply.app.InboundComment;
import com.safereply.app.Platform;
import com.safereply.webhook.parse.InvalidPayloadException;
import com.safereply.webhook.parse.JsonBodies;
import com.safereply.webhook.parse.ParsedDelivery;
import com.safereply.webhook.parse.RejectedChange;

class XPayloadParserTest {

    private static final String ACCOUNT = "2244994945";

    private final XPayloadParser parser = new XPayloadParser(new JsonBodies(new ObjectMapper()));

    private ParsedDelivery parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String tweet(String id, String userId, String replyTo, String mentionId, String extra) {
        return "{\"id_str\":\"" + id + "\",\"created_at\":\"Fri Sep 18 18:36:15 +0000 2020\",\"text\":\"@ClinicHandle are you open?\","
                + "\"in_reply_to_status_id_str\":" + (replyTo == null ? "null" : "\"T0\"") + ","
                + "\"in_reply_to_user_id_str\":" + (replyTo == null ? "null" : "\"" + replyTo + "\"") + ","
                + "\"user\":{\"id_str\":\"" + userId + "\",\"screen_name\":\"parent_x\",\"name\":\"A Parent\"},"
                + "\"entities\":{\"user_mentions\":[" + (mentionId == null ? "" : "{\"id_str\":\"" + mentionId + "\"}") + "]}" + extra + "}";
    }

    private static String aaa(String... tweets) {
        return "{\"for_user_id\":\"" + ACCOUNT + "\",\"tweet_create_events\":[" + String.join(",", tweets) + "]}";
    }

    @Test
    void readsAReplyToTheAccount() {
        InboundComment c = parse(aaa(tweet("1307", "1111", ACCOUNT, null, ""))).comments().get(0);

        assertEquals(Platform.X, c.platform());
        assertEquals(ACCOUNT, c.channelId());
        assertEquals("1307", c.commentId());
        assertEquals("x:1307", c.deliveryKey());
        assertEquals(CommentVerb.ADD, c.verb());
        assertEquals("@ClinicHandle are you open?", c.text());
        assertEquals("1111", c.authorId());
        assertEquals("parent_x", c.authorHandle());
        assertEquals("T0", c.parentId());
        assertEquals(Instant.parse("2020-09-18T18:36:15Z"), c.createdAt());
    }

    @Test
    void acceptsMentionsAndPrefersTheFullTextOfLongTweets() {
        String longTweet = tweet("1308", "1111", null, ACCOUNT, ",\"extended_tweet\":{\"full_text\":\"the whole text\"}");
        InboundComment c = parse(aaa(longTweet)).comments().get(0);
        assertEquals("the whole text", c.text());
        assertNull(c.parentId());
    }

    /** X (February 2026) refuses replies to posts that neither mention nor quote the account. */
    @Test
    void aReplyThatNeitherMentionsNorQuotesTheAccountIsIngestedButMarkedNotAnswerable() {
        ParsedDelivery delivery = parse(aaa(
                tweet("10", "1111", ACCOUNT, null, ""),
                tweet("11", "1111", ACCOUNT, ACCOUNT, ""),
                tweet("12", "1111", null, null, ",\"quoted_status\":{\"id_str\":\"9\",\"user\":{\"id_str\":\""
                        + ACCOUNT + "\"}}"),
                tweet("13", "1111", ACCOUNT, null, ",\"quoted_status\":{\"id_str\":\"9\",\"user\":{\"id_str\":\"777\"}}")));

        assertEquals(List.of("10 false", "11 true", "12 true", "13 false"), delivery.comments().stream()
                .map(c -> c.commentId() + " " + c.replyAllowed()).toList());
    }

    @Test
    void ignoresOwnTweetsRetweetsAndTweetsNotAddressedToTheAccount() {
        ParsedDelivery delivery = parse(aaa(
                tweet("1", ACCOUNT, null, ACCOUNT, ""),
                tweet("2", "1111", null, ACCOUNT, ",\"retweeted_status\":{\"id_str\":\"0\"}"),
                tweet("3", "1111", "5555", "5555", "")));
        assertTrue(delivery.comments().isEmpty());
        assertEquals(3, delivery.ignored());
    }

    @Test
    void reportsBrokenTweetsAndKeepsTheRest() {
        ParsedDelivery delivery = parse(aaa(
                "{\"text\":\"no id\",\"user\":{\"id_str\":\"1111\"}}",
                tweet("4", "1111", ACCOUNT, null, "").replace("\"user\":{\"id_str\":\"1111\",", "\"user\":{"),
                tweet("5", "1111", ACCOUNT, null, "")));
        assertEquals(List.of("5"), delivery.comments().stream().map(InboundComment::commentId).toList());
        assertEquals(List.of(
                new RejectedChange("tweet_create_events[0]", "missing required field: id_str"),
                new RejectedChange("tweet_create_events[1]", "missing required field: user.id_str")), delivery.rejected());
    }

    @Test
    void otherActivityIsIgnoredAndDeletesRetract() {
        String json = "{\"for_user_id\":\"" + ACCOUNT + "\",\"favorite_events\":[{\"id\":\"f\"}],"
                + "\"tweet_delete_events\":[{\"status\":{\"id\":\"1307\",\"user_id\":\"1111\"},\"timestamp_ms\":\"1\"}]}";
        ParsedDelivery delivery = parse(json);
        assertEquals(1, delivery.ignored());
        InboundComment removed = delivery.comments().get(0);
        assertEquals(CommentVerb.REMOVE, removed.verb());
        assertEquals("x:1307:remove", removed.deliveryKey());
        assertNull(removed.text());
    }

    @Test
    void readsTheActivityApiEnvelope() {
        String json = "{\"data\":{\"event_uuid\":\"e1\",\"event_type\":\"post.create\",\"filter\":{\"user_id\":\"" + ACCOUNT + "\"},"
                + "\"payload\":{\"id\":\"1309\",\"text\":\"@ClinicHandle hi\",\"author_id\":\"1111\",\"created_at\":\"2026-01-01T10:00:00.000Z\","
                + "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1300\"}],\"entities\":{\"mentions\":[{\"id\":\"" + ACCOUNT + "\",\"username\":\"ClinicHandle\"}]}}}}";
        InboundComment c = parse(json).comments().get(0);
        assertEquals("x:1309", c.deliveryKey());
        assertTrue(c.replyAllowed(), "it mentions the account");
        String unmentioned = json.replace("\"mentions\":[{\"id\":\"" + ACCOUNT + "\"", "\"mentions\":[{\"id\":\"42\"")
                .replace("\"referenced_tweets\"", "\"in_reply_to_user_id\":\"" + ACCOUNT + "\",\"referenced_tweets\"");
        assertFalse(parse(unmentioned).comments().get(0).replyAllowed(), "a bare reply to the account");
        assertEquals("1300", c.parentId());
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"), c.createdAt());

        String own = json.replace("\"author_id\":\"1111\"", "\"author_id\":\"" + ACCOUNT + "\"");
        assertEquals(1, parse(own).ignored());
    }

    @Test
    void rejectsUnknownOrIncompleteEnvelopes() {
        assertEquals("unknown payload: expected for_user_id (Account Activity API) or data (X Activity API)",
                assertThrows(InvalidPayloadException.class, () -> parse("{\"tweet_create_events\":[]}")).getMessage());
        assertEquals("missing required field: for_user_id",
                assertThrows(InvalidPayloadException.class, () -> parse("{\"for_user_id\":null}")).getMessage());
        assertEquals("missing required field: data.filter.user_id",
                assertThrows(InvalidPayloadException.class, () -> parse("{\"data\":{\"event_type\":\"post.create\"}}")).getMessage());
    }
}
