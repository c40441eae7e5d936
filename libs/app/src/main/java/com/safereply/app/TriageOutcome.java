package com.safereply.app;

/** What the triage stage did with one received comment. */
public enum TriageOutcome {
    /** A new draft now awaits approval. */
    DRAFTED,
    /** An edit re-drafted the comment's pending draft. */
    REDRAFTED,
    /** An edit arrived after the draft was decided: the comment is marked triaged, the draft unchanged. */
    DRAFT_ALREADY_DECIDED,
    /** Nothing awaited triage (already drafted, removed, or unknown): a re-delivered record ends here. */
    NOTHING_TO_DO,
    /** The practice no longer exists: nothing to draft for. */
    UNKNOWN_PRACTICE
}
