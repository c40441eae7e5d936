package com.safereply.core.model;

/** Everything the engine produced for one comment: what it is, what to answer, and the guard's verdict on that answer. */
public record Triage(String commentId, Classification classification, Reply reply, GuardResult check) {
}
