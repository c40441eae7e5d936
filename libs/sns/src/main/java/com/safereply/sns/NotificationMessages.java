package com.safereply.sns;

import com.safereply.app.draft.Urgency;
import com.safereply.app.notify.Notification;

import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a {@link Notification} for SNS: an ASCII subject under SNS's 100-character limit, an e-mail-friendly plain
 * text, and a JSON form for HTTPS, SQS and Lambda subscribers. Only the notification's fields are used, and it has
 * none that could hold PHI.
 */
public final class NotificationMessages {

    /** SNS: "must be ASCII text that begins with a letter, number, or punctuation mark; ... less than 100 characters". */
    public static final int MAX_SUBJECT_CHARS = 99;
    /** The JSON form's schema name and version, so HTTPS subscribers can route and evolve. */
    public static final String JSON_TYPE = "safereply.approver-notification";
    public static final int JSON_VERSION = 1;

    private NotificationMessages() {
    }

    public static String subject(Notification n) {
        String head = n.isPublishFailure()
                ? "SafeReply: approved reply NOT published on " + n.platform().label()
                : n.isReplyRejection()
                ? "SafeReply: published reply REJECTED by " + n.platform().label() + " moderation"
                : n.isEscalation()
                ? "SafeReply: " + upperIfUrgent(n) + " draft waiting " + age(n.age()) + " (reminder " + n.slaPeriod() + ")"
                : "SafeReply: new " + upperIfUrgent(n) + " draft (" + n.category().label() + ")";
        String subject = head + " - " + ascii(n.practiceName());
        return subject.length() <= MAX_SUBJECT_CHARS ? subject : subject.substring(0, MAX_SUBJECT_CHARS - 3) + "...";
    }

    public static String plainText(Notification n) {
        if (n.isPublishFailure()) {
            return "An approved reply could not be published: " + n.publishFailure().approverReason() + ".\n"
                    + "Nothing will be posted until an approver retries it from the draft.\n\n"
                    + "Practice: " + n.practiceName() + "\n"
                    + "Platform: " + n.platform().label() + "\n"
                    + "Category: " + n.category().label() + "\n"
                    + "Review:   " + n.link() + "\n\n"
                    + "This message holds no comment text, reply text or commenter details.\n";
        }
        if (n.isReplyRejection()) {
            return "A published reply was rejected by " + n.platform().label() + "'s moderation after posting: it is"
                    + " not shown publicly.\n"
                    + "The draft shows the rejection; the reviewer has no public answer until the practice replies"
                    + " again.\n\n"
                    + "Practice: " + n.practiceName() + "\n"
                    + "Platform: " + n.platform().label() + "\n"
                    + "Category: " + n.category().label() + "\n"
                    + "Review:   " + n.link() + "\n\n"
                    + "This message holds no review text, reply text or reviewer details.\n";
        }
        String opening = n.isEscalation()
                ? "A draft reply has waited past its approval SLA of " + age(n.sla()) + " and still needs a decision"
                        + " (reminder " + n.slaPeriod() + ")."
                : "A new draft reply is waiting for approval.";
        return opening + "\n\n"
                + "Practice: " + n.practiceName() + "\n"
                + "Platform: " + n.platform().label() + "\n"
                + "Category: " + n.category().label() + "\n"
                + "Urgency:  " + n.urgency().label() + (n.urgency() == Urgency.URGENT ? " (emergency or crisis)" : "")
                + "\n"
                + "Waiting:  " + age(n.age()) + " (SLA " + age(n.sla()) + ")\n"
                + "Review:   " + n.link() + "\n\n"
                + "This message holds no comment text or commenter details. Open the link to review the draft.\n";
    }

    /** The JSON form for machine subscribers. */
    public static String json(Notification n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", JSON_TYPE);
        fields.put("version", JSON_VERSION);
        fields.put("kind", n.kind().label());
        fields.put("draftId", n.draftId());
        fields.put("practiceId", n.practiceId());
        fields.put("practiceName", n.practiceName());
        fields.put("platform", n.platform().label());
        fields.put("category", n.category().label());
        fields.put("urgency", n.urgency().label());
        fields.put("ageSeconds", n.age().toSeconds());
        fields.put("slaMinutes", n.sla().toMinutes());
        fields.put("slaPeriod", n.slaPeriod());
        fields.put("link", n.link().toString());
        if (n.isPublishFailure()) {
            fields.put("publishFailure", n.publishFailure().label());
            fields.put("reason", n.publishFailure().approverReason());
        }
        if (n.isReplyRejection()) {
            fields.put("moderation", "rejected");
        }
        return Json.object(fields);
    }

    /**
     * The {@code MessageStructure=json} envelope: one message per protocol. {@code default} is required by SNS and
     * used by protocols not listed (SMS gets the subject-length text through its own subscription filter, if any).
     */
    public static String envelope(Notification n) {
        String text = plainText(n);
        String json = json(n);
        Map<String, Object> perProtocol = new LinkedHashMap<>();
        perProtocol.put("default", text);
        perProtocol.put("email", text);
        perProtocol.put("email-json", json);
        perProtocol.put("https", json);
        perProtocol.put("http", json);
        perProtocol.put("sqs", json);
        perProtocol.put("lambda", json);
        return Json.object(perProtocol);
    }

    /** "45 s", "12 min", "2 h 5 min", "3 d 4 h". */
    static String age(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return d.toSeconds() + " s";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 24) {
            long rest = minutes - hours * 60;
            return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        }
        long days = d.toDays();
        long rest = hours - days * 24;
        return rest == 0 ? days + " d" : days + " d " + rest + " h";
    }

    private static String upperIfUrgent(Notification n) {
        return n.urgency() == Urgency.URGENT ? "URGENT" : "normal";
    }

    /** Accents dropped, anything else outside printable ASCII replaced, so SNS accepts the subject. */
    static String ascii(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString().strip();
    }
}
