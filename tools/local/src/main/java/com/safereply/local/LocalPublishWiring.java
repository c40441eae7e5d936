package com.safereply.local;

import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PlatformTokens;
import com.safereply.app.publish.PublishService;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.platforms.MetaGraphGateway;
import com.safereply.platforms.PlatformHttpSettings;
import com.safereply.platforms.ReplyGateways;
import com.safereply.platforms.XGateway;
import com.safereply.publish.ApprovalStreamProcessor;
import com.safereply.publish.PublishTelemetry;
import com.safereply.store.DynamoDbPublishLedger;
import com.safereply.store.StoreConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The publish function's use case, built as its Lambda wiring builds it but aimed at the local stand-in for the Graph
 * and X APIs, with local tokens instead of Secrets Manager: the demo practice posts as its own channels, so the
 * stand-in knows which account each token stands for.
 */
public class LocalPublishWiring {
    static final String GRAPH_VERSION = "v25.0";


    @Produces
    @Singleton
    LocalPlatformStandIn platformStandIn(LocalSettings settings) {
        return LocalPlatformStandIn.start(settings.platformsPort());
    }

    void closeStandIn(@Disposes LocalPlatformStandIn standIn) {
        standIn.close();
    }

    @Produces
    @Singleton
    ApprovalStreamProcessor approvalStreamProcessor(LocalPlatformStandIn standIn, EmfWriter metrics,
                                                    @ConfigProperty(name = StoreConfig.TABLE_NAME) String tableName,
                                                    com.safereply.store.DynamoDbStores stores) {
        // A practice's local token names its channel on that platform, read from the practice document as onboarded.
        PlatformTokens tokens = (practiceId, platform) -> stores.practices().findById(practiceId)
                .flatMap(p -> p.channels().stream().filter(c -> c.platform() == platform).findFirst())
                .map(channel -> new PlatformToken(LocalPlatformStandIn.tokenFor(channel.channelId())));
        PlatformHttpSettings http = PlatformHttpSettings.defaults();
        ReplyGateways gateways = ReplyGateways.meta(new MetaGraphGateway(standIn.endpoint(), GRAPH_VERSION, http))
                .x(new XGateway(standIn.endpoint(), http));
        return new ApprovalStreamProcessor(new PublishService(new DynamoDbPublishLedger(stores.client(), tableName),
                gateways, tokens, stores.publishingPauses(), new PublishTelemetry(metrics),
                Clock.systemUTC(), PublishService.Backoff.EXPONENTIAL));
    }
}
