package com.safereply.digest;

import com.safereply.app.digest.DigestService;
import com.safereply.core.themes.ThemeModelFile;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsDigestSender;
import com.safereply.store.DynamoDbStores;
import com.safereply.store.StoreConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/** Builds the clients and the use case once per container, from the environment template.yaml sets. */
public class DigestWiring {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    DynamoDbStores stores(@ConfigProperty(name = "safereply.table-name") Optional<String> table,
                          @ConfigProperty(name = "safereply.region") Optional<String> region,
                          @ConfigProperty(name = "safereply.dynamodb-endpoint") Optional<String> endpoint,
                          Clock clock) {
        return DynamoDbStores.create(StoreConfig.of(table, region, endpoint), clock);
    }

    @Produces
    @Singleton
    DigestService digestService(DynamoDbStores stores, Clock clock,
                                @ConfigProperty(name = "safereply.topic-arn") Optional<String> topicArn,
                                @ConfigProperty(name = "safereply.region") Optional<String> region,
                                @ConfigProperty(name = "safereply.sns-endpoint") Optional<String> endpoint,
                                @ConfigProperty(name = "safereply.review-base-url") Optional<String> baseUrl) {
        SnsDigestSender sender = SnsDigestSender.create(SnsConfig.of(topicArn.orElse(null), region.orElse(null),
                endpoint.orElse(null)));
        String base = baseUrl.filter(b -> !b.isBlank())
                .orElseThrow(() -> new IllegalStateException("REVIEW_BASE_URL is required"));
        return new DigestService(stores.auditLog(), stores.drafts(), stores.digests(), sender,
                ThemeModelFile.shipped().model()::themeOf, clock, base.endsWith("/") ? base.substring(0, base.length() - 1)
                : base);
    }

    @Produces
    @Singleton
    DigestRun digestRun(DynamoDbStores stores, DigestService service) {
        return new DigestRun(stores.practices(), service);
    }
}
