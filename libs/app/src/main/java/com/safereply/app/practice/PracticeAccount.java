package com.safereply.app.practice;

import com.safereply.core.profile.PracticeProfile;

import java.util.List;
import java.util.Objects;

/**
 * A practice as SafeReply runs it: the profile drafts are filled from, the platform channels it has claimed, its
 * approval SLA and whether an approver may approve their own edit.
 *
 * @param twoPersonRule when true, the approver must differ from the draft's last editor
 * @param digest        the practice's time zone and when its weekly digest is sent
 */
public record PracticeAccount(PracticeProfile profile, List<ChannelRef> channels, SlaPolicy sla, boolean twoPersonRule,
                              DigestSchedule digest) {

    /** A practice on the default digest schedule (UTC, Mondays 07:00). */
    public PracticeAccount(PracticeProfile profile, List<ChannelRef> channels, SlaPolicy sla, boolean twoPersonRule) {
        this(profile, channels, sla, twoPersonRule, DigestSchedule.DEFAULT);
    }

    public PracticeAccount {
        digest = digest == null ? DigestSchedule.DEFAULT : digest;
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
