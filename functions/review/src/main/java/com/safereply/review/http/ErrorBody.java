package com.safereply.review.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safereply.core.model.Violation;

/**
 * Every non-2xx JSON answer: what was wrong in words safe to show; never a stack trace, never request content (a body
 * may hold PHI). Violations (422) quote spans of the draft text only.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String error, String field, List<ViolationJson> violations) {

    public ErrorBody(String error) {
        this(error, null, List.of());
    }

    public ErrorBody(String error, List<ViolationJson> violations) {
        this(error, null, violations);
    }

    /** A request field that cannot be used: {@code field} is its JSON path, e.g. {@code profile.publishedPhones[1]}. */
    public static ErrorBody forField(String error, String field) {
        return new ErrorBody(error, field, List.of());
    }

    /** One hard rule the text broke: {@code start}/{@code end} are offsets in the draft text, -1 for an omission. */
    public record ViolationJson(String rule, String label, int start, int end, String span, String reason) {
        static ViolationJson of(Violation v) {
            return new ViolationJson(v.rule().id(), v.label(), v.start(), v.end(), v.span(), v.reason());
        }
    }

    public static ErrorBody unsafe(String error, List<Violation> violations) {
        return new ErrorBody(error, violations.stream().map(ViolationJson::of).toList());
    }
}
