package com.safereply.app.practice;

import com.safereply.core.profile.PracticeProfile;

import java.util.List;
import java.util.Objects;

/**
 * A practice as SafeReply runs it: the profile drafts are filled from, the platform channels it has claimed, its
 * approval SLA and whether an approver may approve their own edit.
 *
 * @param twoPersonRule when true, the approver must differ from the draft's last editor
 */
public record PracticeAccount(PracticeProfile profile, List<ChannelRef> channels, SlaPolicy sla, boolean twoPersonRule) {

    public PracticeAccount {
        Objects.requireNonNull(profile, "profile");
        channels = channels == null ? List.of() : List.copyOf(channels);
        sla = sla == null ? SlaPolicy.DEFAULT : sla;
        if (channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channels must not repeat");
        }
    }

    public String practiceId() {
        return profile.practiceId();
    }

    public String name() {
        return profile.name();
    }
}
