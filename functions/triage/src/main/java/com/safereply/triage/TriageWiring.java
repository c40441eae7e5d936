package com.safereply.triage;

import com.safereply.app.IngestService;
import com.safereply.app.TriageService;
import com.safereply.app.deferred.DeliveryIngest;
import com.safereply.app.Triager;
import com.safereply.app.practice.CachingPracticeDirectory;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.core.TriageEngine;
import com.safereply.embeddings.MiniLmEmbedder;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * Builds the clients, the triage engine and the use case once per container from configuration (application.properties
 * maps it from the environment template.yaml sets). The handler is created at start-up, so with SnapStart the engine
 * and clients are in the snapshot.
 */
public class TriageWiring {

    /** Default beans, so an app embedding this function next to others (the local run) can supply its own. */
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    EmfWriter metrics(Clock clock) {
        return EmfWriter.toLog(clock);
    }

    /** Its own type, so an embedding app does not get a second {@link DynamoDbStores} bean. */
    @Produces
    @Singleton
    TriageStores stores(@ConfigProperty(name = "safereply.table-name") Optional<String> table,
                        @ConfigProperty(name = "safereply.region") Optional<String> region,
                        @ConfigProperty(name = "safereply.dynamodb-endpoint") Optional<String> endpoint,
                        Clock clock) {
        return new TriageStores(DynamoDbStores.create(StoreConfig.of(table, region, endpoint), clock));
    }

    @Produces
    @Singleton
    TriageTelemetry telemetry(EmfWriter metrics) {
        return new TriageTelemetry(metrics);
    }

    /**
     * One engine per container (its tries, lexicons, the MiniLM embedder and the learned model that reads its vectors),
     * shared by the use case and the priming. The embedder loads here, at init, so SnapStart snapshots it loaded.
     */
    @Produces
    @Singleton
    TriageEngine triageEngine(TriageTelemetry telemetry) {
        return engine(telemetry);
    }

    /** The triage function's engine, for an app that runs the function's processor next to others (the local run). */
    public static TriageEngine engine(TriageTelemetry telemetry) {
        return new TriageEngine(telemetry, new MiniLmEmbedder().load());
    }

    @Produces
    @Singleton
    TriageService triageService(TriageStores stores, TriageEngine engine, TriageTelemetry telemetry, Clock clock) {
        DynamoDbStores s = stores.stores();
        // Every comment names its practice: read the profile once a minute per container, not once per comment.
        return new TriageService(s.comments(), s.drafts(),
                CachingPracticeDirectory.forNotifications(s.practices(), clock),
                Triager.of(engine), clock, telemetry);
    }

    @Produces
    @Singleton
    CommentStreamProcessor commentStreamProcessor(TriageService triage, TriageStores stores, EmfWriter metrics) {
        DynamoDbStores s = stores.stores();
        // Deferred parts of large deliveries are ingested here, through the webhook's own use case.
        DeliveryIngest deferred = new DeliveryIngest(new IngestService(s.practices(), s.comments(), s.drafts()),
                s.deferred());
        return new CommentStreamProcessor(triage, deferred, metrics);
    }
}
