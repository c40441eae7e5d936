package com.safereply.app.practice;

/** A channel that another practice already claimed: one page or account maps to exactly one practice. */
public class ChannelClaimedException extends RuntimeException {
    public ChannelClaimedException(ChannelRef channel, String practiceId) {
        super(channel.platform().label() + " channel " + channel.channelId()
                + " is already claimed by another practice than " + practiceId);
    }
}
