package com.safereply.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.PracticeAccount;

/**
 * What a developer needs after start: where things are, the demo secrets and ids, and how to sign a request. Printed
 * to the console on purpose: this is the launcher, and these are demo values only.
 */
@Singleton
public class DemoBanner {

    private final String metaAppSecret;
    private final String metaVerifyToken;
    private final String xConsumerSecret;
    private final int httpPort;
    private final PrintStream out = System.out;

    public DemoBanner(@ConfigProperty(name = "safereply.meta.app-secret") String metaAppSecret,
                      @ConfigProperty(name = "safereply.meta.verify-token") String metaVerifyToken,
                      @ConfigProperty(name = "safereply.x.consumer-secret") String xConsumerSecret,
                      @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        this.metaAppSecret = metaAppSecret;
        this.metaVerifyToken = metaVerifyToken;
        this.xConsumerSecret = xConsumerSecret;
        this.httpPort = httpPort;
    }

    /** The demo approver of the demo practice, for the {@code X-Dev-Approver} header (local runs only). */
    static String approverHeader(PracticeAccount practice) {
        return "demo-approver;" + practice.practiceId() + ";approver@" + practice.practiceId() + ".example";
    }

    void print(PracticeAccount practice, URI dynamoDb, Path dataDir, boolean tableCreated, boolean fresh, URI sns,
               URI publishedListing) {
        String base = "http://localhost:" + httpPort;
        StringBuilder b = new StringBuilder();
        b.append("\n=== SafeReply local run ===========================================================\n");
        b.append("API            ").append(base).append("   (webhooks: /webhooks/meta, /webhooks/x; review: /practices/")
                .append(practice.practiceId()).append("/drafts, /drafts/{id}, OpenAPI: /openapi)\n");
        b.append("Approvers' page ").append(base).append("/app/   (sign in as the demo approver; notification links open here)\n");
        b.append("DynamoDB Local ").append(dynamoDb).append("   data: ").append(dataDir == null ? "in memory" : dataDir)
                .append(fresh ? "  (started empty)" : tableCreated ? "  (new table)" : "  (kept from last run; --fresh to empty)")
                .append('\n');
        b.append("Local SNS      ").append(sns).append("   (each approver notification is printed here; ids as JSON: ")
                .append(publishedListing).append(")\n");
        b.append("Demo practice  ").append(practice.practiceId()).append(" (").append(practice.name()).append(")\n");
        for (ChannelRef channel : practice.channels()) {
            b.append(String.format("  %-10s %s%n", channel.platform().label(), channel.channelId()));
        }
        b.append("Demo secrets   META_APP_SECRET=").append(metaAppSecret)
                .append("  META_VERIFY_TOKEN=").append(metaVerifyToken)
                .append("  X_CONSUMER_SECRET=").append(xConsumerSecret).append('\n');
        b.append("Post a signed sample comment (Meta signs the raw body: X-Hub-Signature-256: sha256=<hex HMAC>):\n");
        b.append("  body=$(jq -r .body events/meta-page-comment.json)\n");
        b.append("  sig=$(printf '%s' \"$body\" | openssl dgst -sha256 -hmac '").append(metaAppSecret)
                .append("' | sed 's/^.* //')\n");
        b.append("  curl -s ").append(base).append("/webhooks/meta -H 'Content-Type: application/json' \\\n");
        b.append("       -H \"X-Hub-Signature-256: sha256=$sig\" --data-binary \"$body\"\n");
        b.append("Act as the demo approver (review API; the JWT authorizer's stand-in, local runs only):\n");
        b.append("  AS='X-Dev-Approver: ").append(approverHeader(practice)).append("'\n");
        b.append("  curl -s -H \"$AS\" ").append(base).append("/practices/").append(practice.practiceId())
                .append("/drafts\n");
        b.append("X signs with base64: openssl dgst -sha256 -hmac '").append(xConsumerSecret).append("' -binary | base64\n");
        b.append("Ctrl-C stops the API, the notification stand-ins and DynamoDB Local.\n");
        b.append("====================================================================================\n");
        out.print(b);
        out.flush();
    }
}
