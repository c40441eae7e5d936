package com.safereply.sns;

import com.safereply.app.Platform;
import com.safereply.app.draft.Urgency;
import com.safereply.app.notify.Notification;
import com.safereply.app.notify.NotificationKind;
import com.safereply.app.publish.Refusal;
import com.safereply.app.notify.PublishFailedException;
import com.safereply.core.model.Category;
import com.safereply.sns.testing.SnsWireMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real SDK v2 SnsClient against a WireMock SNS: the Publish request on the wire, and error mapping. */
class SnsNotifierWireTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:safereply-test-approvers";
    private static SnsWireMock sns;
    private static SnsNotifier notifier;

    private final Notification urgentNew = new Notification(NotificationKind.NEW, "dRaFt_id-1", "p-1",
            "Clínica Señora \"Quote\" & Co", Platform.INSTAGRAM, Category.EMERGENCY, Urgency.URGENT,
            Duration.ofSeconds(42), URI.create("https://review.example/drafts/dRaFt_id-1"), 0, Duration.ofMinutes(15));

    @BeforeAll
    static void start() {
        sns = SnsWireMock.start();
        notifier = SnsNotifier.create(SnsConfig.of(TOPIC, "us-east-1", sns.endpoint().toString()));
    }

    @AfterAll
    static void stop() {
        sns.close();
    }

    @BeforeEach
    void reset() {
        sns.reset();
    }

    @Test
    void publishesOneJsonStructuredMessageWithFilterAttributes() {
        notifier.publish(urgentNew);

        assertEquals(1, sns.publishCount());
        Map<String, String> p = sns.publishes().get(0);
        assertEquals("Publish", p.get("Action"));
        assertEquals(TOPIC, p.get("TopicArn"));
        assertEquals("json", p.get("MessageStructure"));
        assertEquals(Map.of("practiceId", "p-1", "category", "emergency", "urgency", "urgent", "kind", "new"),
                SnsWireMock.messageAttributes(p));

        String subject = p.get("Subject");
        assertTrue(subject.length() < 100, subject);
        assertTrue(subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only: " + subject);
        assertTrue(subject.startsWith("SafeReply: new URGENT draft (emergency) - Clinica Senora"), subject);

        String message = p.get("Message");
        String text = field(message, "default");
        assertEquals(text, field(message, "email"));
        assertTrue(text.contains("Urgency:  urgent") && text.contains("https://review.example/drafts/dRaFt_id-1")
                && text.contains("Platform: instagram") && text.contains("Waiting:  42 s"), text);
        String json = field(message, "https");
        assertEquals(json, field(message, "sqs"));
        assertEquals(json, field(message, "lambda"));
        assertTrue(json.contains("\"kind\":\"new\"") && json.contains("\"draftId\":\"dRaFt_id-1\"")
                && json.contains("\"urgency\":\"urgent\"") && json.contains("\"ageSeconds\":42"), json);
    }

    @Test
    void escalationsSayWhichReminderAndKeepTheSubjectShortForLongPracticeNames() {
        Notification escalation = new Notification(NotificationKind.ESCALATION, "d2", "p-2", "X".repeat(300),
                Platform.FACEBOOK, Category.CLINICAL_QUESTION, Urgency.NORMAL, Duration.ofMinutes(245),
                URI.create("https://review.example/drafts/d2"), 2, Duration.ofMinutes(120));
        notifier.publish(escalation);

        Map<String, String> p = sns.publishes().get(0);
        assertEquals("escalation", SnsWireMock.messageAttributes(p).get("kind"));
        assertEquals(99, p.get("Subject").length());
        assertTrue(p.get("Subject").startsWith("SafeReply: normal draft waiting 4 h 5 min (reminder 2) - XXX"),
                p.get("Subject"));
        assertTrue(field(p.get("Message"), "email").contains("SLA of 2 h"));
    }

    @Test
    void aPublishFailureSaysWhatTheApproverCanDoWithTheFixedReasonOnly() {
        Notification failed = new Notification(NotificationKind.PUBLISH_FAILED, "d3", "p-3", "Lakeside",
                Platform.FACEBOOK, Category.COMPLAINT, Urgency.NORMAL, Duration.ofMinutes(30),
                URI.create("https://review.example/drafts/d3"), 0, Duration.ofMinutes(120), Refusal.TARGET_GONE);
        notifier.publish(failed);

        Map<String, String> p = sns.publishes().get(0);
        assertEquals("publish_failed", SnsWireMock.messageAttributes(p).get("kind"));
        assertEquals("SafeReply: approved reply NOT published on facebook - Lakeside", p.get("Subject"));
        String text = field(p.get("Message"), "email");
        assertTrue(text.startsWith("An approved reply could not be published: comment no longer available.\n"
                + "Nothing will be posted until an approver retries it"), text);
        assertTrue(text.contains("https://review.example/drafts/d3"), text);
        String json = field(p.get("Message"), "https");
        assertTrue(json.contains("\"kind\":\"publish_failed\"") && json.contains("\"publishFailure\":\"target_gone\""),
                json);
    }

    @Test
    void aModerationRejectionSaysTheReplyIsNotShownAndCarriesNoText() {
        Notification rejected = new Notification(NotificationKind.REPLY_REJECTED, "d4", "p-4", "Lakeside",
                Platform.GOOGLE, Category.COMPLAINT, Urgency.NORMAL, Duration.ofHours(5),
                URI.create("https://review.example/drafts/d4"), 0, Duration.ofMinutes(120), null);
        notifier.publish(rejected);

        Map<String, String> p = sns.publishes().get(0);
        assertEquals("reply_rejected", SnsWireMock.messageAttributes(p).get("kind"));
        assertEquals("SafeReply: published reply REJECTED by google moderation - Lakeside", p.get("Subject"));
        String text = field(p.get("Message"), "email");
        assertTrue(text.startsWith("A published reply was rejected by google's moderation after posting: it is not"
                + " shown publicly."), text);
        assertTrue(text.contains("https://review.example/drafts/d4") && text.contains("holds no review text"), text);
        String json = field(p.get("Message"), "https");
        assertTrue(json.contains("\"kind\":\"reply_rejected\"") && json.contains("\"moderation\":\"rejected\""),
                json);
    }

    @Test
    void serverErrorsAreRetriedBySdkThenReportedRetryable() {
        sns.publishFailsWithServerError();
        PublishFailedException e = assertThrows(PublishFailedException.class, () -> notifier.publish(urgentNew));
        assertTrue(e.retryable());
        assertEquals(SnsConfig.DEFAULT_MAX_ATTEMPTS, sns.publishCount(), "standard retry mode: 3 attempts");
    }

    @Test
    void throttlingIsRetryable() {
        sns.publishIsThrottled();
        PublishFailedException e = assertThrows(PublishFailedException.class, () -> notifier.publish(urgentNew));
        assertTrue(e.retryable(), e.getMessage());
        assertTrue(e.getMessage().contains("Throttling"), e.getMessage());
    }

    @Test
    void aPermissionErrorIsNotRetryableAndNotRetriedBySdk() {
        sns.publishIsForbidden();
        PublishFailedException e = assertThrows(PublishFailedException.class, () -> notifier.publish(urgentNew));
        assertFalse(e.retryable());
        assertEquals(1, sns.publishCount());
    }

    @Test
    void aTopicThatDoesNotListenIsARetryableNetworkFailure() {
        SnsNotifier nowhere = SnsNotifier.create(new SnsConfig(TOPIC, "us-east-1",
                java.util.Optional.of(URI.create("http://127.0.0.1:9")), 1, Duration.ofSeconds(3)));
        assertTrue(assertThrows(PublishFailedException.class, () -> nowhere.publish(urgentNew)).retryable());
    }

    /** One string member of a flat JSON object written by {@link Json} (tests avoid a JSON library on purpose). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        assertTrue(m.find(), name + " missing in " + json);
        return unescape(m.group(1));
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
