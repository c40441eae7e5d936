package com.safereply.loadtest;

import java.util.List;

/**
 * What people write under a clinic's posts: questions, thanks, complaints, the odd worrying one. Written for this
 * driver (no real person's words), so the triage engine gets a realistic mix of categories and lengths.
 */
final class CommentTexts {

    static final List<String> ALL = List.of(
            "Do you take new patients on Saturdays?",
            "Are you open on the holiday Monday?",
            "What insurance plans do you accept? I have Delta Dental.",
            "How much is a cleaning without insurance?",
            "Thank you Dr. Lee and the whole team, my kids actually enjoyed their visit!",
            "Parking was a nightmare today, please fix the lot.",
            "I waited 45 minutes past my appointment time and nobody told me why.",
            "Is the office wheelchair accessible?",
            "Can I book online or do I have to call?",
            "My tooth has been throbbing since the filling last week, is that normal?",
            "Do you do teeth whitening and how long does it take?",
            "Love the new waiting room, so bright and calm.",
            "Do you see children under three?",
            "What time do you close on Fridays?",
            "My face is swelling up and I can't open my mouth properly, what should I do?",
            "Is there a payment plan for implants?",
            "Great post! Flossing tips are always welcome.",
            "Hablan español en la oficina?",
            "Can my husband pick up my prescription for me?",
            "Best dentist in town, five stars.",
            "Do you offer sedation for anxious patients?",
            "Why was I charged twice for the same visit?",
            "Are you hiring dental assistants?",
            "How often should my teenager get x-rays?");

    private CommentTexts() {
    }

    static String text(long n) {
        return ALL.get((int) (n % ALL.size()));
    }
}
