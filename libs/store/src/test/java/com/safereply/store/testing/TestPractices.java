package com.safereply.store.testing;

import com.safereply.app.Platform;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.SlaPolicy;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PublishedPhone;

import java.util.List;

/** Practices for tests: valid profiles with ids and channels you choose. */
public final class TestPractices {

    private TestPractices() {
    }

    public static PracticeAccount practice(String practiceId, ChannelRef... channels) {
        PracticeProfile profile = new PracticeProfile(practiceId, "Clinic " + practiceId, Jurisdiction.US,
                List.of(Language.EN), List.of(new PublishedPhone("555-0100", "main")), List.of(), null, null);
        return new PracticeAccount(profile, List.of(channels), SlaPolicy.DEFAULT, false);
    }

    public static ChannelRef facebook(String pageId) {
        return new ChannelRef(Platform.FACEBOOK, pageId);
    }

    public static ChannelRef x(String userId) {
        return new ChannelRef(Platform.X, userId);
    }
}
