package com.safereply.platforms;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.safereply.app.Platform;
import com.safereply.app.publish.InMemoryPublishingPauses;
import com.safereply.app.publish.InMemoryPublishLedger;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PublishJob;
import com.safereply.app.publish.PublishObserver;
import com.safereply.app.publish.PublishResult;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.ReplyTarget;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once at the wire: the real Graph gateway and the publish use case against a Graph stand-in that remembers
 * what was posted, so a read-back sees a reply whose answer was lost.
 */
class ExactlyOnceWireTest {
    private static final String COMMENT_REPLIES = "/v25.0/104412345678901_55501/comments";
    private static final ReplyTarget TARGET = new ReplyTarget(Platform.FACEBOOK, "104412345678901",
            "104412345678901_55501");
    private static final PublishJob JOB =
            new PublishJob("sunrise-dental", "d1", TARGET, "Please call us at 555-0100.", false);

    private WireMockServer wire;
    private InMemoryPublishLedger ledger;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        ledger = new InMemoryPublishLedger();
        ledger.approve("d1");
    }

    /** The publish use case over the real Graph gateway, giving up on an answer after {@code requestTimeout}. */
    private PublishService service(Duration requestTimeout) {
        MetaGraphGateway gateway = new MetaGraphGateway(URI.create(wire.baseUrl()), "v25.0",
                new PlatformHttpSettings(Duration.ofSeconds(2), requestTimeout));
        return new PublishService(ledger, gateway, (practice, platform) -> Optional.of(new PlatformToken("t")),
                new InMemoryPublishingPauses(), PublishObserver.NONE, Clock.systemUTC(), attempt -> { });
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    @Test
    void writeWhoseAnswerIsLostThenThreeRedeliveriesGiveExactlyOnePublicReply() {
        // The platform writes the reply, but the answer arrives after the client gave up.
        wire.stubFor(post(COMMENT_REPLIES).inScenario("reply").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("posted")
                .willReturn(okJson("{\"id\":\"104412345678901_77777\"}").withFixedDelay(2_000)));
        wire.stubFor(post(COMMENT_REPLIES).inScenario("reply").whenScenarioStateIs("posted")
                .willReturn(okJson("{\"id\":\"104412345678901_88888\"}")));
        wire.stubFor(get(urlPathEqualTo(COMMENT_REPLIES)).inScenario("reply").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"data\":[]}")));
        wire.stubFor(get(urlPathEqualTo(COMMENT_REPLIES)).inScenario("reply").whenScenarioStateIs("posted")
                .willReturn(okJson("{\"data\":[{\"id\":\"104412345678901_77777\",\"from\":{\"id\":\"104412345678901\","
                        + "\"name\":\"Sunrise Dental\"}}]}")));

        PublishService service = service(Duration.ofMillis(800));

        PublishResult first = service.publish(JOB);
        List<PublishResult> redeliveries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            redeliveries.add(service.publish(JOB));
        }

        assertEquals(new PublishResult.Published("104412345678901_77777"), first);
        redeliveries.forEach(r -> assertEquals(PublishResult.Skipped.class, r.getClass()));
        wire.verify(1, postRequestedFor(urlPathEqualTo(COMMENT_REPLIES)));
        assertEquals("104412345678901_77777", ledger.entry("d1").orElseThrow().platformReplyId());
    }

    @Test
    void fiveSimultaneousRedeliveriesOfOneApprovalPostOnce() throws Exception {
        wire.stubFor(post(COMMENT_REPLIES).willReturn(okJson("{\"id\":\"104412345678901_77777\"}")
                .withFixedDelay(200)));
        PublishService service = service(Duration.ofSeconds(10));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PublishResult>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return service.publish(JOB);
            }));
        }
        start.countDown();
        int published = 0;
        for (Future<PublishResult> result : results) {
            published += result.get() instanceof PublishResult.Published ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, published);
        wire.verify(1, postRequestedFor(urlPathEqualTo(COMMENT_REPLIES)));
    }
}
