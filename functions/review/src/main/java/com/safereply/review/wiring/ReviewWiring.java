package com.safereply.review.wiring;

import com.safereply.app.publish.PublishRetry;
import com.safereply.app.publish.PublishStatusReader;
import com.safereply.app.publish.PublishingPauseService;
import com.safereply.store.DynamoDbPublishLedger;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
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
import com.safereply.app.practice.admin.ApproverAccounts;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.cognito.CognitoApproverAccounts;
import com.safereply.cognito.CognitoClients;
import com.safereply.review.auth.AdminIdentityResolver;
import com.safereply.review.auth.ApproverIdentityResolver;
import com.safereply.review.auth.DevApproverHeader;
import com.safereply.review.auth.LambdaAuthorizerClaims;
import com.safereply.review.auth.LocalSessionBearer;
import com.safereply.review.auth.LocalSessionTokens;
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

    @Produces
    @Singleton
    PracticeAdminService practiceAdmin(DynamoDbStores stores, ApproverAccounts approvers, Clock clock) {
        return new PracticeAdminService(stores.practiceAdmin(), approvers, clock);
    }

    /** The approvers' Cognito user pool through the real SDK client; a host app (the local run) may supply its own. */
    @Produces
    @Singleton
    @DefaultBean
    ApproverAccounts approverAccounts(ReviewConfig review, Config config) {
        String pool = review.approverUserPoolId().filter(s -> !s.isBlank()).orElseThrow(() ->
                new IllegalStateException("APPROVER_USER_POOL_ID is not set: approvers cannot be invited"));
        String region = config.getOptionalValue(StoreConfig.AWS_REGION, String.class).orElse("us-east-1");
        Optional<URI> endpoint = review.cognitoEndpoint().filter(s -> !s.isBlank()).map(URI::create);
        return new CognitoApproverAccounts(CognitoClients.create(region, endpoint), pool);
    }

    /** The same claims (or development header) as the approvers', with the operators' group. */
    @Produces
    @Singleton
    @DefaultBean
    AdminIdentityResolver adminIdentity(ReviewConfig config) {
        AdminIdentityResolver claims = new LambdaAuthorizerClaims();
        return config.devAuth() ? claims.orElse(new DevApproverHeader()) : claims;
    }

    /** JWT authorizer claims always; the development header only when {@code safereply.review.dev-auth=true}. */
    @Produces
    @Singleton
    @DefaultBean
    ApproverIdentityResolver approverIdentity(ReviewConfig config, LocalSessionTokens localSessions) {
        ApproverIdentityResolver claims = new LambdaAuthorizerClaims();
        if (!config.devAuth()) {
            return claims;
        }
        LOG.warnf("safereply.review.dev-auth is on: the %s header and local sign-in tokens are trusted. Local runs only.",
                DevApproverHeader.HEADER);
        return claims.orElse(new DevApproverHeader()).orElse(new LocalSessionBearer(localSessions));
    }

    /** The local sign-in's tokens: a random key per process (worthless without dev-auth, which nothing else reads). */
    @Produces
    @Singleton
    LocalSessionTokens localSessionTokens(ReviewConfig config, Clock clock) {
        return LocalSessionTokens.withRandomKey(clock, java.time.Duration.ofMinutes(config.localSessionMinutes()));
    }

    /** Create the clients during start-up (Lambda's init phase, snapshotted by SnapStart), not on the first request. */
    void warmUp(@Observes StartupEvent started, ReviewService service, ApproverIdentityResolver identity) {
        LOG.debug("review service ready");
    }
}
