package com.safereply.webhook.http;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.safereply.app.CommentIngest;
import com.safereply.app.StoreUnavailableException;

/**
 * Interim: the DynamoDB-backed ingest is built on another branch and replaces this producer when it is wired in.
 * Until then every comment fails as "storage unavailable", so platforms get a 503 and retry rather than a 200 for a
 * comment that was silently dropped.
 */
public class IngestWiring {

    @Produces
    @Singleton
    CommentIngest commentIngest() {
        return comment -> {
            throw new StoreUnavailableException("storage not wired", null);
        };
    }
}
