package com.safereply.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pub/Sub push bodies, in the shape of Google's documented example. */
class PushEnvelopeParserTest {
    private final PushEnvelopeParser parser = new PushEnvelopeParser();

    @Test
    void newReviewNotificationIsRead() throws Exception {
        ReviewNotification n = parser.parse(envelope("9876543210", "{\"notificationType\":\"NEW_REVIEW\","
                + "\"locationName\":\"accounts/111/locations/222\","
                + "\"reviewName\":\"accounts/111/locations/222/reviews/AbCdEf\"}"));

        assertEquals(new ReviewNotification("9876543210", ReviewNotification.Type.NEW_REVIEW,
                "accounts/111/locations/222", Optional.of("accounts/111/locations/222/reviews/AbCdEf")), n);
        assertEquals("222", n.locationId());
    }

    @Test
    void otherSpellingsOfTheFieldsAreAccepted() throws Exception {
        ReviewNotification n = parser.parse(envelope("42", "{\"notificationType\":\"UPDATED_REVIEW\","
                + "\"location\":\"accounts/1/locations/2\",\"review_name\":\"accounts/1/locations/2/reviews/x-1\"}"));

        assertEquals(ReviewNotification.Type.UPDATED_REVIEW, n.type());
    }

    @Test
    void otherNotificationTypesAreIgnoredNotRefused() throws Exception {
        ReviewNotification n = parser.parse(envelope("43", "{\"notificationType\":\"GOOGLE_UPDATE\","
                + "\"locationName\":\"accounts/1/locations/2\"}"));

        assertFalse(n.isReview());
    }

    @Test
    void malformedEnvelopesNameTheirField() {
        assertField("body", "".getBytes(StandardCharsets.UTF_8));
        assertField("body", "[1,2]".getBytes(StandardCharsets.UTF_8));
        assertField("body.message", "{\"subscription\":\"s\"}".getBytes(StandardCharsets.UTF_8));
        assertField("message.data", "{\"message\":{\"messageId\":\"1\",\"data\":\"%%%\"}}".getBytes(StandardCharsets.UTF_8));
        assertField("message.messageId", "{\"message\":{\"data\":\"e30=\"}}".getBytes(StandardCharsets.UTF_8));
        assertField("message.data.locationName", envelope("1", "{\"notificationType\":\"NEW_REVIEW\"}"));
        assertField("message.data.reviewName", envelope("1", "{\"notificationType\":\"NEW_REVIEW\","
                + "\"locationName\":\"accounts/1/locations/2\","
                + "\"reviewName\":\"accounts/1/locations/999/reviews/a\"}"));
        assertField("message.data.reviewName", envelope("1", "{\"notificationType\":\"NEW_REVIEW\","
                + "\"locationName\":\"accounts/1/locations/2\",\"reviewName\":\"../../admin\"}"));
        assertField("body", new byte[PushEnvelopeParser.MAX_BODY_BYTES + 1]);
    }

    private void assertField(String field, byte[] body) {
        MalformedPushException e = assertThrows(MalformedPushException.class, () -> parser.parse(body));
        assertEquals(field, e.field());
    }

    private static byte[] envelope(String messageId, String data) {
        String encoded = Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8));
        return ("{\"message\":{\"data\":\"" + encoded + "\",\"messageId\":\"" + messageId
                + "\",\"publishTime\":\"2026-01-01T10:00:00Z\",\"attributes\":{}},"
                + "\"subscription\":\"projects/my-proj/subscriptions/gbp-reviews-push\"}").getBytes(StandardCharsets.UTF_8);
    }
}
