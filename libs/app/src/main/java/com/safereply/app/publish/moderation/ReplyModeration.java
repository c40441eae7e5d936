package com.safereply.app.publish.moderation;

/**
 * What a platform that moderates replies after posting (Google Business Profile) reports about the practice's reply.
 * {@code PENDING} covers a reply without any reported state: nothing is concluded from silence.
 */
public enum ReplyModeration {
    PENDING,
    APPROVED,
    REJECTED
}
