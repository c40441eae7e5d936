package com.safereply.app.review;

/** The practice requires a second person: whoever last edited the text may not approve it. The review API answers 403. */
public class TwoPersonRuleException extends RuntimeException {
    public TwoPersonRuleException() {
        super("two-person rule: the last editor of a draft cannot approve it; another approver must");
    }
}
