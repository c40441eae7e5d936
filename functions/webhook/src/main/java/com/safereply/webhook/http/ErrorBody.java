package com.safereply.webhook.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safereply.webhook.parse.RejectedChange;

/** Every non-2xx JSON answer: what was wrong, in words safe to show the sender; never a stack trace. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(String error, List<RejectedChange> rejectedChanges) {

    public ErrorBody(String error) {
        this(error, List.of());
    }
}
