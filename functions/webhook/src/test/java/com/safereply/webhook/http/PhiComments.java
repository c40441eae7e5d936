package com.safereply.webhook.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.testing.lambda.ApiGatewayEvents;

/**
 * Sample deliveries rewritten to carry PHI: a distinctive name and words that appear nowhere else. These tests' logs
 * land in the surefire reports, which {@code tools/suite-scan} searches for exactly these words after the build.
 */
final class PhiComments {

    static final String NAME = "Thaddeus Quarrington-Bligh";
    static final String TEXT = "Thaddeus Quarrington-Bligh here, my oxcarbazepine makes me dizzy since the seizure,"
            + " call me on 555-301-7781 please";
    static final String EDITED_TEXT = "Thaddeus again: the oxcarbazepine rash is spreading, 555-301-7781";

    private static final String SAMPLE_NAME = "Sample Commenter";
    private static final String SAMPLE_TEXT = "Do you take new patients on Saturdays?";
    private static final String SAMPLE_EDITED_TEXT = "Do you take new patients on Saturdays or Sundays?";

    private PhiComments() {
    }

    /** events/meta-page-comment.json with the PHI comment; still to be signed. */
    static APIGatewayV2HTTPEvent added(APIGatewayV2HTTPEvent sample) {
        return rewrite(sample, SAMPLE_TEXT, TEXT);
    }

    /** events/meta-page-comment-edited.json with the PHI edit; still to be signed. */
    static APIGatewayV2HTTPEvent edited(APIGatewayV2HTTPEvent sample) {
        return rewrite(sample, SAMPLE_EDITED_TEXT, EDITED_TEXT);
    }

    private static APIGatewayV2HTTPEvent rewrite(APIGatewayV2HTTPEvent sample, String sampleText, String text) {
        String body = sample.getBody();
        if (!body.contains(sampleText) || !body.contains(SAMPLE_NAME)) {
            throw new AssertionError("the sample event changed: " + body);
        }
        return ApiGatewayEvents.withBody(sample, body.replace(sampleText, text).replace(SAMPLE_NAME, NAME));
    }
}
