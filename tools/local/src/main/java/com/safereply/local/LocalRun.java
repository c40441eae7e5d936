package com.safereply.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.store.DynamoDbClients;
import com.safereply.store.DynamoDbStores;
import com.safereply.sns.SnsConfig;
import com.safereply.store.StoreConfig;
import com.safereply.store.TableDefinition;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the local run adds around the functions: before the first request, DynamoDB Local on loopback, the table from
 * {@link TableDefinition}, the demo practice (re-seeded every start, so edits to the JSON apply); at Ctrl-C, DynamoDB
 * Local stopped. The functions themselves are wired exactly as on Lambda, from {@code TABLE_NAME} and
 * {@code DYNAMODB_ENDPOINT}. Notifications: the local SNS stand-in on {@code SNS_ENDPOINT}'s port, and the notify and
 * escalate functions' triggers ({@link LocalNotifications}). Ctrl-C stops them in reverse order.
 */
@Singleton
public class LocalRun {

    /** Who the demo practice's audit trail says put it. */
    static final String DEMO_OPERATOR = "local-run";

    private final LocalSettings settings;
    private final String[] arguments;
    private final String tableName;
    private final String topicArn;
    private final DemoBanner banner;
    private final LocalNotifications notifications;
    private final LocalPlatformStandIn platforms;
    private final LocalCognitoStandIn cognito;
    private final LocalGoogleStandIn google;
    private EmbeddedDynamoDb dynamoDb;
    private LocalSnsEndpoint sns;
    private DynamoDbClient client;

    public LocalRun(LocalSettings settings, @CommandLineArguments String[] arguments,
                    @ConfigProperty(name = StoreConfig.TABLE_NAME) String tableName,
                    @ConfigProperty(name = SnsConfig.TOPIC_ARN) String topicArn, DemoBanner banner,
                    LocalNotifications notifications, LocalPlatformStandIn platforms, LocalCognitoStandIn cognito,
                    LocalGoogleStandIn google) {
        this.settings = settings;
        this.arguments = arguments;
        this.tableName = tableName;
        this.topicArn = topicArn;
        this.banner = banner;
        this.notifications = notifications;
        this.platforms = platforms;
        this.cognito = cognito;
        this.google = google;
    }

    /** First among start-up observers, so storage is up before anything else starts. */
    void start(@Observes @Priority(1) StartupEvent event) {
        boolean inMemory = settings.inMemory() || Arrays.asList(arguments).contains("--in-memory");
        boolean fresh = inMemory || settings.fresh() || Arrays.asList(arguments).contains("--fresh");
        Path dataDir = inMemory ? null : Path.of(settings.dataDir()).toAbsolutePath();
        dynamoDb = EmbeddedDynamoDb.start(settings.dynamodbPort(), dataDir, fresh);
        sns = LocalSnsEndpoint.start(settings.snsPort(), topicArn, System.out);
        client = DynamoDbClients.create(StoreConfig.local(tableName, dynamoDb.endpoint()));
        boolean created = TableDefinition.createIfMissing(client, tableName);
        // The demo practice goes in as an operator would put it (safereply-cli practice put): same use case, audited.
        PracticeAccount practice = PracticeAdminService.documentsOnly(
                        new DynamoDbStores(client, tableName, java.time.Clock.systemUTC()).practiceAdmin(),
                        java.time.Clock.systemUTC())
                .put(Caller.operator(DEMO_OPERATOR), resource(settings.demoPractice())).practice();
        notifications.start(client, dynamoDb.endpoint());
        banner.print(practice, dynamoDb.endpoint(), dataDir, created, fresh, sns.endpoint(), sns.publishedListing());
        System.out.println("Platform stand-in (approved replies are posted here): " + platforms.endpoint()
                + "  list: curl -s " + platforms.listing());
        System.out.println("Cognito stand-in (approver invites land here): " + cognito.endpoint()
                + "  list: curl -s " + cognito.endpoint().resolve("/_standin/users"));
        System.out.println("Google stand-in (reviews API, token endpoint, signing keys): " + google.endpoint()
                + "  replies: curl -s " + google.endpoint().resolve("/_standin/google/replies"));
    }

    /** Reverse order of start: nothing polls or publishes into a stopped server. */
    void stop(@Observes ShutdownEvent event) {
        notifications.stop();
        if (sns != null) {
            sns.close();
            sns = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        if (dynamoDb != null) {
            dynamoDb.stop();
            dynamoDb = null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = LocalRun.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
