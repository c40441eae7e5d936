package com.safereply.review.wiring;

import com.safereply.app.publish.PublishRetry;
import com.safereply.app.publish.PublishStatusReader;
import com.safereply.app.publish.PublishingPauseService;
import com.safereply.store.DynamoDbPublishLedger;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.safereply.app.audit.AuditExportService;
import com.safereply.app.audit.DraftTexts;
import com.safereply.app.digest.DigestStore;
import com.safereply.app.phrasebook.PhrasebookService;
import com.safereply.app.phrasebook.PracticesWithPhrasebook;
import com.safereply.app.review.ReviewService;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.review.auth.ApproverIdentityResolver;
import com.safereply.review.auth.DevApproverHeader;
import com.safereply.review.auth.LambdaAuthorizerClaims;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the store, guard and use case once per container. Everything but {@link ReviewService} is a
 * {@link DefaultBean}, so an app that embeds these resources (the local run) can supply its own store, clock or
 * identity resolver.
 */
public class ReviewWiring {

    private static final Logger LOG = Logger.getLogger(ReviewWiring.class);

    /**
     * The table from {@code TABLE_NAME}, {@code DYNAMODB_ENDPOINT} and {@code AWS_REGION} (what template.yaml and Lambda
     * set), read through MicroProfile Config so tests and the local run can set them as properties too.
     */
    @Produces
    @Singleton
    @DefaultBean
    DynamoDbStores stores(Config config) {
        Map<String, String> settings = new HashMap<>();
        for (String key : List.of(StoreConfig.TABLE_NAME, StoreConfig.DYNAMODB_ENDPOINT, StoreConfig.AWS_REGION)) {
            config.getOptionalValue(key, String.class).ifPresent(value -> settings.put(key, value));
        }
        return DynamoDbStores.create(StoreConfig.fromEnvironment(settings));
    }

    @Produces
    @Singleton
    @DefaultBean
    SafetyGuard safetyGuard() {
        return new TriageEngine().guard();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** EMF metrics (guard refusals of approvers' texts); default, so a host app can supply the one writer. */
    @Produces
    @Singleton
    @DefaultBean
    EmfWriter metrics(Clock clock) {
        return EmfWriter.toLog(clock);
    }

    /**
     * Edits and approvals check against the practice's profile with its accepted phrasebook, read fresh each time, so
     * a sentence accepted a moment ago is vetted for the next check.
     */
    @Produces
    @Singleton
    ReviewService reviewService(DynamoDbStores stores, SafetyGuard guard, Clock clock) {
        return new ReviewService(stores.drafts(), new PracticesWithPhrasebook(stores.practices(), stores.phrasebooks()),
                guard, clock);
    }

    @Produces
    @Singleton
    PhrasebookService phrasebookService(DynamoDbStores stores, SafetyGuard guard, Clock clock) {
        return new PhrasebookService(stores.phrasebooks(), stores.practices(), guard, clock);
    }

    @Produces
    @Singleton
    PublishingPauseService publishingPauseService(DynamoDbStores stores, Clock clock) {
        return new PublishingPauseService(stores.publishingPauses(), clock);
    }

    /** Audit exports: the practice's chain, with texts looked up in the drafts only for compliance exports. */
    @Produces
    @Singleton
    AuditExportService auditExports(DynamoDbStores stores, Clock clock) {
        return new AuditExportService(stores.auditLog(), new DraftTexts(stores.drafts(), stores.comments()), clock);
    }

    /** Weekly digests (counts only), as the digest function stored them. */
    @Produces
    @Singleton
    DigestStore digestStore(DynamoDbStores stores) {
        return stores.digests();
    }

    /** The draft's publish status, read from the draft item the publish stage writes. */
    @Produces
    @Singleton
    PublishStatusReader publishStatus(DynamoDbStores stores, Config config) {
        return new DynamoDbPublishLedger(stores.client(), config.getValue(StoreConfig.TABLE_NAME, String.class));
    }

    @Produces
    @Singleton
    PublishRetry publishRetry(DynamoDbStores stores, Clock clock) {
        return new PublishRetry(stores.drafts(), clock);
    }

    /** JWT authorizer claims always; the development header only when {@code safereply.review.dev-auth=true}. */
    @Produces
    @Singleton
    @DefaultBean
    ApproverIdentityResolver approverIdentity(ReviewConfig config) {
        ApproverIdentityResolver claims = new LambdaAuthorizerClaims();
        if (!config.devAuth()) {
            return claims;
        }
        LOG.warnf("safereply.review.dev-auth is on: the %s header is trusted. Local runs only.", DevApproverHeader.HEADER);
        return claims.orElse(new DevApproverHeader());
    }

    /** Create the clients during start-up (Lambda's init phase, snapshotted by SnapStart), not on the first request. */
    void warmUp(@Observes StartupEvent started, ReviewService service, ApproverIdentityResolver identity) {
        LOG.debug("review service ready");
    }
}
