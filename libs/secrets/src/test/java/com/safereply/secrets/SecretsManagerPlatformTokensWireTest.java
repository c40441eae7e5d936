package com.safereply.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.safereply.app.Platform;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.publish.PlatformToken;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The real Secrets Manager client at the wire (AWS JSON 1.1 protocol), with the service's own error shapes. */
class SecretsManagerPlatformTokensWireTest {
    private WireMockServer wire;
    private SecretsManagerClient client;
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        client = SecretsManagerClients.create("us-east-1", Optional.of(URI.create(wire.baseUrl())));
    }

    @AfterEach
    void stop() {
        client.close();
        wire.stop();
    }

    @Test
    void readsThePracticesSecretByIdAndPicksThePlatformsToken() {
        stubSecret("safereply/platform-tokens/sunrise-dental",
                "{\\\"facebook\\\":\\\"EAAB-page\\\",\\\"x\\\":\\\"x-user\\\"}");
        SecretsManagerPlatformTokens tokens =
                new SecretsManagerPlatformTokens(client, "safereply/platform-tokens/", clock);

        assertEquals(Optional.of(new PlatformToken("EAAB-page")), tokens.tokenFor("sunrise-dental", Platform.FACEBOOK));
        assertEquals(Optional.of(new PlatformToken("x-user")), tokens.tokenFor("sunrise-dental", Platform.X));
        assertEquals(Optional.empty(), tokens.tokenFor("sunrise-dental", Platform.INSTAGRAM));
        wire.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(matchingJsonPath("$.SecretId", equalTo("safereply/platform-tokens/sunrise-dental"))));
    }

    @Test
    void cachesBrieflyThenReadsAgainSoARotatedTokenIsPickedUp() {
        stubSecret("p/sunrise-dental", "{\\\"facebook\\\":\\\"old\\\"}");
        SecretsManagerPlatformTokens tokens = new SecretsManagerPlatformTokens(client, "p/", clock);
        tokens.tokenFor("sunrise-dental", Platform.FACEBOOK);
        tokens.tokenFor("sunrise-dental", Platform.FACEBOOK);
        wire.verify(1, postRequestedFor(urlEqualTo("/")));

        stubSecret("p/sunrise-dental", "{\\\"facebook\\\":\\\"rotated\\\"}");
        now = now.plus(SecretsManagerPlatformTokens.CACHE_FOR).plus(Duration.ofSeconds(1));

        assertEquals(Optional.of(new PlatformToken("rotated")), tokens.tokenFor("sunrise-dental", Platform.FACEBOOK));
    }

    @Test
    void practiceWithoutASecretHasNoToken() {
        wire.stubFor(post("/").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-ErrorType", "ResourceNotFoundException")
                .withBody("{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Secrets Manager can't find the"
                        + " specified secret.\"}")));
        SecretsManagerPlatformTokens tokens = new SecretsManagerPlatformTokens(client, "p/", clock);

        assertEquals(Optional.empty(), tokens.tokenFor("new-practice", Platform.FACEBOOK));
    }

    @Test
    void serviceFailureIsUnavailableAndItsMessageHoldsNoSecret() {
        wire.stubFor(post("/").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"AccessDeniedException\",\"Message\":\"not authorized\"}")));
        SecretsManagerPlatformTokens tokens = new SecretsManagerPlatformTokens(client, "p/", clock);

        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> tokens.tokenFor("sunrise-dental", Platform.FACEBOOK));
        assertFalse(e.getMessage().contains("EAAB"));
    }

    @Test
    void tokenIsNeverPrinted() {
        assertFalse(new PlatformToken("EAAB-secret").toString().contains("EAAB"));
    }

    private void stubSecret(String name, String escapedJson) {
        wire.stubFor(post("/").withRequestBody(matchingJsonPath("$.SecretId", equalTo(name)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name
                                + "-AbCdEf\",\"Name\":\"" + name + "\",\"SecretString\":\"" + escapedJson
                                + "\",\"VersionId\":\"v1\",\"VersionStages\":[\"AWSCURRENT\"],"
                                + "\"CreatedDate\":1.764E9}")));
    }
}
