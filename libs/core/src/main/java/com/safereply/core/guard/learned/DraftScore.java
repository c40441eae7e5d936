package com.safereply.core.guard.learned;

import com.safereply.core.model.HardRule;

/**
 * What the learned check thinks of a reply.
 *
 * @param unsafe     the probability that the reply breaks a hard rule
 * @param likelyRule the rule it most likely breaks (meaningful only when {@code unsafe} is high)
 */
public record DraftScore(double unsafe, HardRule likelyRule) {
}
