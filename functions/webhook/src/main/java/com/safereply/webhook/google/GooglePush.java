package com.safereply.webhook.google;

import java.util.Optional;

import com.safereply.google.GoogleReviewIngest;
import com.safereply.google.PushEnvelopeParser;
import com.safereply.google.PushTokenVerifier;

/** What the Google push route needs, built once per container ({@link GoogleWiring}); no verifier means fail closed. */
public record GooglePush(Optional<PushTokenVerifier> verifier, PushEnvelopeParser parser, GoogleReviewIngest ingest) {
}
