package com.safereply.webhook.parse;

/**
 * One change in a delivery that could not be used, while the others were.
 *
 * @param where   a JSON path into the delivery, e.g. {@code entry[0].changes[2]}
 * @param problem what was wrong, naming fields but never quoting their values
 */
public record RejectedChange(String where, String problem) {
}
