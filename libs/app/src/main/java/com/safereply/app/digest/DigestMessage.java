package com.safereply.app.digest;

import java.util.Map;

/**
 * The digest as approvers read it in a message: the practice's name, the week, counts and times already suppressed,
 * and the page link. Built only from a {@link WeeklyDigest}, which holds no text, so no comment text can reach it.
 */
public final class DigestMessage {
    private DigestMessage() {}

    public static String subject(String practiceName, WeeklyDigest d) {
        String subject = "SafeReply weekly digest " + d.weekId() + " - " + practiceName;
        return subject.length() > 100 ? subject.substring(0, 100) : subject; // SNS subjects stop at 100 characters
    }

    public static String body(String practiceName, WeeklyDigest d, String pageLink) {
        StringBuilder b = new StringBuilder();
        b.append("Weekly digest for ").append(practiceName).append(", week ").append(d.weekId())
                .append(" (").append(d.timeZone()).append(")\n\n");
        b.append(line("Drafts", d.drafts()));
        b.append(line("Past SLA", d.pastSla()));
        b.append(line("Emergencies flagged", d.emergencies()));
        b.append(line("Crises flagged", d.crises()));
        b.append("Time to approval (minutes): median ").append(d.medianMinutesToApproval()).append(", p90 ")
                .append(d.p90MinutesToApproval()).append('\n');
        b.append("Time to publish (minutes): median ").append(d.medianMinutesToPublish()).append(", p90 ")
                .append(d.p90MinutesToPublish()).append("\n\nComplaint themes:\n");
        section(b, d.themes());
        b.append("\nCategories:\n");
        section(b, d.categories());
        b.append("\nCounts under 3 show as <3. Change is against the week before.\n");
        b.append("Open the digest: ").append(pageLink).append('\n');
        b.append("This message holds counts only: no comment text, names or handles.\n");
        return b.toString();
    }

    private static void section(StringBuilder b, Map<String, WeeklyDigest.Shown> rows) {
        rows.forEach((label, shown) -> b.append(line("  " + label.replace('_', ' '), shown)));
    }

    private static String line(String label, WeeklyDigest.Shown shown) {
        return String.format("%-28s %5s  (%s)%n", label, shown.count(), shown.change());
    }
}
