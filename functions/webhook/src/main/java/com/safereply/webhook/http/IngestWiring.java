package com.safereply.webhook.http;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.safereply.app.CommentIngest;
import com.safereply.app.IngestService;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.deferred.DeferredComments;
import com.safereply.app.practice.CachingPracticeDirectory;
import com.safereply.app.practice.PracticeDirectory;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;

import com.safereply.app.telemetry.EmfWriter;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.Startup;

/**
 * Builds the real ingest once per container, at start-up (so the SDK client exists before the first event, and a
 * SnapStart snapshot holds it): the DynamoDB adapters over one URL-connection client and the use case over them. No
 * triage engine: the triage function drafts from the table stream. Channel lookups are remembered for a minute per container ({@link CachingPracticeDirectory}).
 *
 * <p>The store settings are the environment variables {@code template.yaml} sets ({@code TABLE_NAME},
 * {@code DYNAMODB_ENDPOINT}, {@code AWS_REGION}), read through MicroProfile Config under those very names: on Lambda
 * that is the environment, while tests and the local run can supply the same names as configuration.
 */
public class IngestWiring {

    private static final Logger LOG = Logger.getLogger(IngestWiring.class);
    static final String CHANNEL_CACHE_SECONDS = "safereply.channel-cache-seconds";
    private static final List<String> STORE_VARIABLES =
            List.of(StoreConfig.TABLE_NAME, StoreConfig.AWS_REGION, StoreConfig.DYNAMODB_ENDPOINT);

    /** A default bean, so an app embedding this function next to others (the local run) can supply one writer. */
    @Produces
    @Singleton
    @DefaultBean
    EmfWriter metrics() {
        return EmfWriter.toLog(Clock.systemUTC());
    }

    @Produces
    @Singleton
    IngestTelemetry ingestTelemetry(EmfWriter metrics) {
        return new IngestTelemetry(metrics);
    }

    /** The table's adapters over one client, or none when the table is not configured (see {@link #commentIngest}). */
    @Produces
    @Singleton
    IngestStores ingestStores(Config config) {
        StoreConfig store;
        try {
            store = StoreConfig.fromEnvironment(storeVariables(config));
        } catch (IllegalStateException e) {
            LOG.errorf("store not configured (%s is not set): every delivery will be answered 503", StoreConfig.TABLE_NAME);
            return IngestStores.NOT_CONFIGURED;
        }
        DynamoDbStores stores = DynamoDbStores.create(store);
        LOG.infof("ingest wired to table %s%s", store.tableName(), store.endpoint().map(e -> " at " + e).orElse(""));
        return new IngestStores(Optional.of(stores));
    }

    @Produces
    @Singleton
    @Startup
    CommentIngest commentIngest(IngestStores stores, Config config) {
        // Without a table (a deployment mistake, TABLE_NAME missing) start anyway and answer 503, so platforms keep
        // retrying until it is fixed, instead of a crash loop or a 200 for a comment that was dropped.
        return stores.stores().<CommentIngest>map(s -> new IngestService(practices(s.practices(), config), s.comments(),
                        s.drafts()))
                .orElse(comment -> {
                    throw new StoreUnavailableException("store not configured", null);
                });
    }

    /** Where the events past a delivery's ceiling wait; without a table, 503 as for every delivery. */
    @Produces
    @Singleton
    DeferredComments deferredComments(IngestStores stores) {
        return stores.stores().<DeferredComments>map(DynamoDbStores::deferred)
                .orElse(batch -> {
                    throw new StoreUnavailableException("store not configured", null);
                });
    }

    /**
     * Every webhook resolves its channel: remember the answer per container for {@value #CHANNEL_CACHE_SECONDS}
     * seconds (default {@value CachingPracticeDirectory#DEFAULT_TTL_SECONDS}; see {@link CachingPracticeDirectory} for
     * how soon a practice change applies). 0 reads the store on every comment (the wire-fault tests use that).
     */
    static PracticeDirectory practices(PracticeDirectory store, Config config) {
        long seconds = config.getOptionalValue(CHANNEL_CACHE_SECONDS, Long.class)
                .orElse(CachingPracticeDirectory.DEFAULT_TTL_SECONDS);
        if (seconds <= 0) {
            return store;
        }
        return new CachingPracticeDirectory(store, Clock.systemUTC(), Duration.ofSeconds(seconds),
                Duration.ofSeconds(Math.min(seconds, CachingPracticeDirectory.DEFAULT_MISS_TTL_SECONDS)), false);
    }

    private static Map<String, String> storeVariables(Config config) {
        Map<String, String> values = new HashMap<>();
        for (String name : STORE_VARIABLES) {
            config.getOptionalValue(name, String.class).ifPresent(value -> values.put(name, value));
        }
        return values;
    }
}
