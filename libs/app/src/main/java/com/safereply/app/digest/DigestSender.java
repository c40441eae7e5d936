package com.safereply.app.digest;

import com.safereply.app.practice.PracticeAccount;

/** Sends a practice's digest to its approvers: counts and a link only (see {@link DigestMessage}). */
public interface DigestSender {
    void send(PracticeAccount practice, WeeklyDigest digest, String pageLink);
}
