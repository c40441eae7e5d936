package com.safereply.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.safereply.app.Platform;
import com.safereply.app.memory.InMemoryTokenRefreshLock;
import com.safereply.app.publish.PlatformToken;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * X token rotation at the wire: the real Secrets Manager client and X's token endpoint on WireMock (X's documented
 * answers), the refresh lock in memory (its DynamoDB form is tested against DynamoDB Local).
 */
class XTokenRotationWireTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String SECRET = "p/sunrise-dental";
    private static final String TOKEN_PATH = "/2/oauth2/token";

    private WireMockServer wire;
    private SecretsManagerClient client;
    private SecretsManagerPlatformTokens tokens;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        client = SecretsManagerClients.create("us-east-1", Optional.of(URI.create(wire.baseUrl())));
        tokens = new SecretsManagerPlatformTokens(client, "p/", Clock.fixed(NOW, ZoneOffset.UTC),
                new InMemoryTokenRefreshLock(), new XTokenEndpoint(URI.create(wire.baseUrl() + TOKEN_PATH)),
                duration -> awaitRotationStored());
        wire.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue"))
                .inScenario("rotation").whenScenarioStateIs(STARTED).willSetStateTo("stored")
                .willReturn(secretsOk("{\"ARN\":\"arn\",\"Name\":\"" + SECRET + "\",\"VersionId\":\"v2\"}")));
    }

    @AfterEach
    void stop() {
        client.close();
        wire.stop();
    }

    @Test
    void aTokenStillGoodIsUsedWithoutRefreshing() {
        storedSecret(STARTED, "old-access", "refresh-1", NOW.plusSeconds(3600));

        assertEquals(Optional.of(new PlatformToken("old-access")), tokens.tokenFor("sunrise-dental", Platform.X));
        wire.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void anExpiringTokenIsRefreshedOnceAndTheRotatedPairStoredBeforeUse() {
        storedSecret(STARTED, "old-access", "refresh-1", NOW.plusSeconds(60));
        storedSecret("stored", "new-access", "refresh-2", NOW.plusSeconds(7200));
        tokenEndpointAnswers(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"new-access\","
                + "\"scope\":\"tweet.read tweet.write users.read offline.access\",\"refresh_token\":\"refresh-2\"}");

        assertEquals(Optional.of(new PlatformToken("new-access")), tokens.tokenFor("sunrise-dental", Platform.X));
        assertEquals(Optional.of(new PlatformToken("new-access")), tokens.tokenFor("sunrise-dental", Platform.X));

        List<LoggedRequest> refreshes = wire.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)));
        assertEquals(1, refreshes.size());
        assertEquals("grant_type=refresh_token&refresh_token=refresh-1&client_id=client-1",
                refreshes.get(0).getBodyAsString(), "a public client names itself in the form");
        List<LoggedRequest> writes = wire.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue")));
        assertEquals(1, writes.size());
        String written = writes.get(0).getBodyAsString();
        assertTrue(written.contains("refresh-2") && written.contains("new-access") && written.contains("EAAB-page"),
                "the new pair replaces the old, the other platforms' tokens stay: " + written.length() + " chars");
    }

    @Test
    void fiveContainersNeedingTheTokenAtOnceSpendTheRefreshTokenOnce() throws Exception {
        storedSecret(STARTED, "old-access", "refresh-1", NOW.minusSeconds(5));
        storedSecret("stored", "new-access", "refresh-2", NOW.plusSeconds(7200));
        wire.stubFor(post(TOKEN_PATH).willReturn(aResponse().withFixedDelay(300).withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"new-access\","
                        + "\"refresh_token\":\"refresh-2\"}")));

        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<PlatformToken>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Callable<Optional<PlatformToken>> call = () -> {
                    start.await();
                    return tokens.tokenFor("sunrise-dental", Platform.X);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Optional<PlatformToken>> result : results) {
                assertEquals(Optional.of(new PlatformToken("new-access")), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        wire.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusedRefreshTokenMeansReauthoriseAndNothingIsWritten() {
        storedSecret(STARTED, "old-access", "refresh-spent", NOW.minusSeconds(5));
        tokenEndpointAnswers(400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token"
                + " was invalid.\"}");

        assertEquals(Optional.empty(), tokens.tokenFor("sunrise-dental", Platform.X));
        wire.verify(0, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.PutSecretValue")));
    }

    @Test
    void anUnreachableTokenEndpointIsRetriedLaterAndTheLeaseIsFreed() {
        storedSecret(STARTED, "old-access", "refresh-1", NOW.minusSeconds(5));
        tokenEndpointAnswers(503, "{\"title\":\"Service Unavailable\"}");

        assertThrows(TokenRefreshUnavailableException.class, () -> tokens.tokenFor("sunrise-dental", Platform.X));
        assertThrows(TokenRefreshUnavailableException.class, () -> tokens.tokenFor("sunrise-dental", Platform.X));
        wire.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH))); // the second call took the lease at once
    }

    @Test
    void aConfidentialClientAuthenticatesWithBasic() {
        wire.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .willReturn(secretsOk(secretResponse("{\\\"x\\\":{\\\"accessToken\\\":\\\"a\\\",\\\"refreshToken\\\":"
                        + "\\\"r\\\",\\\"expiresAt\\\":\\\"" + NOW + "\\\",\\\"clientId\\\":\\\"cid\\\","
                        + "\\\"clientSecret\\\":\\\"csecret\\\"}}"))));
        tokenEndpointAnswers(200, "{\"access_token\":\"a2\",\"refresh_token\":\"r2\",\"expires_in\":7200}");

        tokens.tokenFor("sunrise-dental", Platform.X);

        wire.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic Y2lkOmNzZWNyZXQ="))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=r")));
    }

    private void storedSecret(String state, String access, String refresh, Instant expiresAt) {
        String json = "{\\\"facebook\\\":\\\"EAAB-page\\\",\\\"x\\\":{\\\"accessToken\\\":\\\"" + access
                + "\\\",\\\"refreshToken\\\":\\\"" + refresh + "\\\",\\\"expiresAt\\\":\\\"" + expiresAt
                + "\\\",\\\"clientId\\\":\\\"client-1\\\"}}";
        wire.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(containing(SECRET))
                .inScenario("rotation").whenScenarioStateIs(state)
                .willReturn(secretsOk(secretResponse(json))));
    }

    private void tokenEndpointAnswers(int status, String body) {
        wire.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String secretResponse(String escapedJson) {
        return "{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:" + SECRET + "-AbCdEf\",\"Name\":\""
                + SECRET + "\",\"SecretString\":\"" + escapedJson + "\",\"VersionId\":\"v1\","
                + "\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.764E9}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder secretsOk(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    /**
     * A waiting container's pause: returns once the refreshed pair is stored (or after two seconds), so the waiters'
     * rounds do not race the token endpoint's delay. A fixed short pause made the five-container test depend on how
     * fast the machine read secrets: on a fast one the waiters ran out of rounds before the 300 ms refresh finished.
     */
    private void awaitRotationStored() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline && !rotationStored()) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean rotationStored() {
        return wire.getAllScenarios().getScenarios().stream()
                .anyMatch(scenario -> scenario.getName().equals("rotation") && scenario.getState().equals("stored"));
    }
}
