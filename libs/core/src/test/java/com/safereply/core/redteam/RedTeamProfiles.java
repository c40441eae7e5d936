package com.safereply.core.redteam;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.util.List;
import java.util.Map;

/** The three practices the red-team writers were given (docs/quality.md "Red-team rounds"), as the guard sees them. */
public final class RedTeamProfiles {

    static final Map<String, PracticeProfile> BY_ID = Map.of(
            "us-dental", new PracticeProfile("us-dental", "Lakeside Family Dental", Jurisdiction.US,
                    List.of(Language.EN, Language.ES),
                    List.of(new PublishedPhone("(212) 555-0147", "main"), new PublishedPhone("212.555.0148", "billing")),
                    List.of("Dr. Maya Chen", "Dr. Luis Ortega"), "Mon-Fri 8am-6pm", "https://lakesidedental.example"),
            "uk-gp", new PracticeProfile("uk-gp", "Riverside Medical Practice", Jurisdiction.UK, List.of(Language.EN),
                    List.of(new PublishedPhone("020 7946 0321", "main")),
                    List.of("Dr Priya Nair"), "Mon-Fri 8:00-18:30", "https://riversidemedical.example"),
            "us-clinica", new PracticeProfile("us-clinica", "Clínica Familiar Sol", Jurisdiction.US,
                    List.of(Language.ES, Language.EN),
                    List.of(new PublishedPhone("+1 305 555 0199", "main")),
                    List.of("Dra. Elena Ruiz"), "lun-vie 9-17", "https://clinicasol.example"));

    private RedTeamProfiles() {
    }

    /** The three practices, in id order. */
    public static List<PracticeProfile> all() {
        return BY_ID.keySet().stream().sorted().map(BY_ID::get).toList();
    }

    public static PracticeProfile of(String practice) {
        PracticeProfile profile = BY_ID.get(practice);
        if (profile == null) {
            throw new IllegalArgumentException("unknown practice '" + practice + "'");
        }
        return profile;
    }
}
