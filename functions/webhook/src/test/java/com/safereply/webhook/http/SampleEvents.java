package com.safereply.webhook.http;

import static com.safereply.testing.lambda.ApiGatewayEvents.withHeader;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.webhook.signature.MetaSignatureVerifier;
import com.safereply.webhook.signature.XSignatureVerifier;

/** Re-signs sample events with the test secrets, the way Meta and X would sign them for this deployment. */
final class SampleEvents {

    private static final MetaSignatureVerifier META = new MetaSignatureVerifier(SignedTestProfile.META_APP_SECRET);
    private static final XSignatureVerifier X = new XSignatureVerifier(SignedTestProfile.X_CONSUMER_SECRET);

    private SampleEvents() {
    }

    static APIGatewayV2HTTPEvent signedForMeta(APIGatewayV2HTTPEvent event) {
        return withHeader(event, "x-hub-signature-256", META.sign(event.getBody().getBytes(StandardCharsets.UTF_8)));
    }

    static APIGatewayV2HTTPEvent signedForX(APIGatewayV2HTTPEvent event) {
        return withHeader(event, "x-twitter-webhooks-signature", X.sign(event.getBody().getBytes(StandardCharsets.UTF_8)));
    }

    /** Query parameters live twice in a v2 event; the handler reads the raw string (as API Gateway fills both), so keep both in step. */
    static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, String rawQuery, Map<String, String> parameters) {
        event.setRawQueryString(rawQuery);
        event.setQueryStringParameters(parameters);
        return event;
    }
}
