package com.safereply.local;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.safereply.app.digest.DigestService;
import com.safereply.core.themes.ThemeModelFile;
import com.safereply.sns.SnsConfig;
import com.safereply.sns.SnsDigestSender;
import com.safereply.store.DynamoDbStores;

/** The digest function's use case as its {@code DigestWiring} builds it, sending through the local SNS stand-in. */
public class LocalDigestWiring {

    @Produces
    @Singleton
    DigestService digestService(DynamoDbStores stores,
                                @ConfigProperty(name = SnsConfig.TOPIC_ARN) String topicArn,
                                @ConfigProperty(name = SnsConfig.AWS_REGION) String region,
                                @ConfigProperty(name = SnsConfig.SNS_ENDPOINT) String endpoint,
                                @ConfigProperty(name = "REVIEW_BASE_URL") String baseUrl) {
        return new DigestService(stores.auditLog(), stores.drafts(), stores.digests(),
                SnsDigestSender.create(SnsConfig.of(topicArn, region, endpoint)),
                ThemeModelFile.shipped().model()::themeOf, Clock.systemUTC(),
                baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }
}
