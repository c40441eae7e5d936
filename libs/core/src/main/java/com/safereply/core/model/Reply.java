package com.safereply.core.model;

/**
 * A drafted reply: the public text (empty when the action posts nothing) and the recommended action.
 *
 * @param templateId which vetted template produced the text, for audit and tests
 */
public record Reply(String text, ReplyAction action, String templateId) {
    public Reply {
        text = text == null ? "" : text;
    }
}
