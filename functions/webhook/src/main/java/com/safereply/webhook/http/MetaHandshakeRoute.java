package com.safereply.webhook.http;

import org.jboss.logging.Logger;

import com.safereply.webhook.meta.MetaHandshake;

/** {@code GET /webhooks/meta}: Meta's subscription check, answered with the plain challenge when the token matches. */
public class MetaHandshakeRoute implements WebhookHandler.Route {

    private static final Logger LOG = Logger.getLogger(MetaHandshakeRoute.class);
    private static final RefusalLog REFUSALS = RefusalLog.toLog(MetaHandshakeRoute.class);

    private final MetaHandshake handshake;

    public MetaHandshakeRoute(MetaHandshake handshake) {
        this.handshake = handshake;
    }

    @Override
    public WebhookAnswer answer(WebhookRequest request) {
        MetaHandshake.Result result = handshake.answer(request.queryParameter("hub.mode"),
                request.queryParameter("hub.verify_token"), request.queryParameter("hub.challenge"));
        if (result instanceof MetaHandshake.Accepted accepted) {
            LOG.info("meta verification accepted");
            return WebhookAnswer.text(200, accepted.challenge());
        }
        if (result instanceof MetaHandshake.BadChallenge) {
            return WebhookAnswer.error(400, "hub.challenge is missing or not a plain token");
        }
        REFUSALS.refused("meta verification rejected");
        return WebhookAnswer.error(403, "verification failed");
    }
}
