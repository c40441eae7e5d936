package com.safereply.webhook.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class MetaPayloadParserTest {

    private final MetaPayloadParser parser = new MetaPayloadParser(new JsonBodies(new ObjectMapper()));

    private ParsedDelivery parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String page(String... changes) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":1767225600,\"changes\":[" + String.join(",", changes) + "]}]}";
    }

    private static String comment(String verb, String extra) {
        return "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"" + verb + "\",\"post_id\":\"PAGE_POST\","
                + "\"comment_id\":\"POST_C1\",\"parent_id\":\"PAGE_POST\",\"from\":{\"id\":\"U1\",\"name\":\"Jane Doe\"}" + extra + "}}";
    }

    @Test
    void readsAPageCommentWithAllItsFields() {
        ParsedDelivery delivery = parse(page(comment("add", ",\"created_time\":1767225598,\"message\":\"Are you open?\"")));

        InboundComment c = delivery.comments().get(0);
        assertEquals(Platform.FACEBOOK, c.platform());
        assertEquals("PAGE", c.channelId());
        assertEquals("POST_C1", c.commentId());
        assertEquals(CommentVerb.ADD, c.verb());
        assertEquals("facebook:POST_C1:add", c.deliveryKey());
        assertEquals("Are you open?", c.text());
        assertEquals("U1", c.authorId());
        assertEquals("Jane Doe", c.authorName());
        assertEquals("PAGE_POST", c.parentId());
        assertEquals(Instant.ofEpochSecond(1767225598), c.createdAt());
    }

    @Test
    void mapsVerbsAndKeysEditsByTheirTimeSoTwoEditsAreTwoDeliveries() {
        InboundComment first = parse(page(comment("edited", ",\"created_time\":1767225600,\"message\":\"a\""))).comments().get(0);
        InboundComment second = parse(page(comment("edited", ",\"created_time\":\"2026-01-01T00:05:00+0000\",\"message\":\"b\""))).comments().get(0);
        InboundComment removed = parse(page(comment("remove", ""))).comments().get(0);

        assertEquals(CommentVerb.EDIT, first.verb());
        assertEquals("facebook:POST_C1:edited:1767225600:ca978112ca1bbdca", first.deliveryKey(), "sha256(\"a\"), first 8 bytes");
        assertEquals("facebook:POST_C1:edited:1767225900:3e23e8160039594a", second.deliveryKey());
        assertEquals(CommentVerb.REMOVE, removed.verb());
        assertEquals("facebook:POST_C1:remove", removed.deliveryKey());
        assertNull(removed.text());
    }

    @Test
    void twoEditsWithTheSameCreatedTimeAreTwoDeliveriesAndTheSameEditIsOne() {
        InboundComment routine = parse(page(comment("edited", ",\"created_time\":1767225600,\"message\":\"see you saturday\""))).comments().get(0);
        InboundComment urgent = parse(page(comment("edited", ",\"created_time\":1767225600,\"message\":\"chest pain now\""))).comments().get(0);
        InboundComment again = parse(page(comment("edited", ",\"created_time\":1767225600,\"message\":\"chest pain now\""))).comments().get(0);

        assertNotEquals(routine.deliveryKey(), urgent.deliveryKey());
        assertEquals(urgent.deliveryKey(), again.deliveryKey());
        assertFalse(urgent.deliveryKey().contains("chest"), "the key holds a hash, never the text");
    }

    @Test
    void parsesIsoAndGraphTimesAndToleratesUnreadableOnes() {
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"),
                parse(page(comment("add", ",\"created_time\":\"2026-01-01T10:00:00Z\""))).comments().get(0).createdAt());
        assertEquals(Instant.parse("2026-01-01T10:00:00Z"),
                parse(page(comment("add", ",\"created_time\":\"2026-01-01T10:00:00+0000\""))).comments().get(0).createdAt());
        assertNull(parse(page(comment("add", ",\"created_time\":\"yesterday\""))).comments().get(0).createdAt());
    }

    @Test
    void aCommentWithoutMessageOrAuthorIsStillAComment() {
        String sticker = "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"POST_C2\"}}";
        InboundComment c = parse(page(sticker)).comments().get(0);
        assertEquals("", c.text());
        assertNull(c.authorId());
    }

    @Test
    void ignoresThePagesOwnRepliesAndNonCommentItems() {
        String ownReply = "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"POST_C3\",\"from\":{\"id\":\"PAGE\"}}}";
        String reaction = "{\"field\":\"feed\",\"value\":{\"item\":\"reaction\",\"verb\":\"add\",\"post_id\":\"PAGE_POST\"}}";
        String otherField = "{\"field\":\"ratings\",\"value\":{\"item\":\"comment\",\"verb\":\"add\"}}";
        String unhide = comment("unhide", "");

        ParsedDelivery delivery = parse(page(ownReply, reaction, otherField, unhide));

        assertTrue(delivery.comments().isEmpty());
        assertEquals(4, delivery.ignored());
        assertFalse(delivery.whollyRejected());
    }

    @Test
    void walksEveryEntryAndChangeAndReportsTheBrokenOnesByPosition() {
        String json = "{\"object\":\"page\",\"entry\":["
                + "{\"id\":\"PAGE\",\"changes\":[" + comment("add", "") + ",{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\"}}]},"
                + "{\"changes\":[]},"
                + "{\"id\":\"PAGE2\",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"comment_id\":\"X_1\"}},"
                + "{\"field\":\"feed\"}," + comment("add", "").replace("POST_C1", "POST_C9") + "]}]}";

        ParsedDelivery delivery = parse(json);

        assertEquals(List.of("POST_C1", "POST_C9"), delivery.comments().stream().map(InboundComment::commentId).toList());
        assertEquals("PAGE2", delivery.comments().get(1).channelId());
        assertEquals(List.of(
                new RejectedChange("entry[0].changes[1]", "missing required field: value.comment_id"),
                new RejectedChange("entry[1]", "missing required field: id"),
                new RejectedChange("entry[2].changes[0]", "missing required field: value.verb"),
                new RejectedChange("entry[2].changes[1]", "missing required field: value (an object)")),
                delivery.rejected());
        assertFalse(delivery.whollyRejected());
    }

    @Test
    void aDeliveryWithOnlyBrokenChangesIsWhollyRejected() {
        ParsedDelivery delivery = parse(page("{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\"}}"));
        assertTrue(delivery.whollyRejected());
    }

    @Test
    void readsInstagramCommentsAndLiveComments() {
        String json = "{\"object\":\"instagram\",\"entry\":[{\"id\":\"IGACC\",\"time\":1767225600,\"changes\":["
                + "{\"field\":\"comments\",\"value\":{\"id\":\"179\",\"text\":\"Covered by insurance?\",\"from\":{\"id\":\"IGSID\",\"username\":\"someuser\"},\"media\":{\"id\":\"181\",\"media_product_type\":\"FEED\"}}},"
                + "{\"field\":\"live_comments\",\"value\":{\"id\":\"180\",\"text\":\"hi\",\"from\":{\"id\":\"IGSID2\"}}},"
                + "{\"field\":\"comments\",\"value\":{\"id\":\"182\",\"text\":\"thanks!\",\"from\":{\"id\":\"IGACC\"}}},"
                + "{\"field\":\"mentions\",\"value\":{\"media_id\":\"1\"}},"
                + "{\"field\":\"comments\",\"value\":{\"text\":\"no id\"}}]}]}";

        ParsedDelivery delivery = parse(json);

        assertEquals(2, delivery.comments().size());
        InboundComment c = delivery.comments().get(0);
        assertEquals(Platform.INSTAGRAM, c.platform());
        assertEquals("IGACC", c.channelId());
        assertEquals("instagram:179", c.deliveryKey());
        assertEquals(CommentVerb.ADD, c.verb());
        assertEquals("Covered by insurance?", c.text());
        assertEquals("someuser", c.authorHandle());
        assertEquals("181", c.parentId());
        assertEquals(2, delivery.ignored()); // own reply, mention
        assertEquals(List.of(new RejectedChange("entry[0].changes[4]", "missing required field: value.id")), delivery.rejected());
    }

    @Test
    void rejectsBrokenEnvelopesNamingTheProblem() {
        assertEquals("body is not valid JSON", assertThrows(InvalidPayloadException.class, () -> parse("{\"object\":\"page\",")).getMessage());
        assertEquals("body is not valid JSON", assertThrows(InvalidPayloadException.class, () -> parse("{\"object\":\"page\",\"entry\":[]} trailing")).getMessage());
        assertEquals("body is empty", assertThrows(InvalidPayloadException.class, () -> parse("")).getMessage());
        assertEquals("body must be a JSON object", assertThrows(InvalidPayloadException.class, () -> parse("[1]")).getMessage());
        assertEquals("missing required field: object", assertThrows(InvalidPayloadException.class, () -> parse("{\"entry\":[]}")).getMessage());
        assertEquals("unknown object: expected page or instagram", assertThrows(InvalidPayloadException.class, () -> parse("{\"object\":\"user\",\"entry\":[]}")).getMessage());
        assertEquals("missing required field: entry (an array)", assertThrows(InvalidPayloadException.class, () -> parse("{\"object\":\"page\"}")).getMessage());
    }

    @Test
    void problemTextNeverQuotesTheComment() {
        InvalidPayloadException e = assertThrows(InvalidPayloadException.class,
                () -> parse("{\"object\":\"page\",\"entry\":[{\"id\":\"P\",\"changes\":[{\"value\":{\"message\":\"my diagnosis is"));
        assertFalse(e.getMessage().contains("diagnosis"));
    }
}
