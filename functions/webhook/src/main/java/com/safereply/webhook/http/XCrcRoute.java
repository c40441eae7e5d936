package com.safereply.webhook.http;

import java.util.Map;

import org.jboss.logging.Logger;

import com.safereply.webhook.x.XCrc;

/** {@code GET /webhooks/x}: X's challenge-response check (CRC), only ever for a plain token (issue 11's signing oracle). */
public class XCrcRoute implements WebhookHandler.Route {

    private static final Logger LOG = Logger.getLogger(XCrcRoute.class);

    private final XCrc crc;

    public XCrcRoute(XCrc crc) {
        this.crc = crc;
    }

    @Override
    public WebhookAnswer answer(WebhookRequest request) {
        String token = request.queryParameter("crc_token");
        if (token == null || token.isEmpty()) {
            return WebhookAnswer.error(400, "missing required query parameter: crc_token");
        }
        XCrc.Result result = crc.answer(token);
        if (result instanceof XCrc.Answered answered) {
            return WebhookAnswer.json(200, Map.of("response_token", answered.responseToken()));
        }
        if (result instanceof XCrc.BadToken) {
            return WebhookAnswer.error(400, "crc_token is not a plain token");
        }
        LOG.warn("x crc rejected: X_CONSUMER_SECRET is not set");
        return WebhookAnswer.error(403, "crc cannot be answered");
    }
}
