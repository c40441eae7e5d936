package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.safereply.app.Platform;
import com.safereply.app.publish.InMemoryPublishingPauses;
import com.safereply.app.publish.InMemoryPublishLedger;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.PublishJob;
import com.safereply.app.publish.PublishObserver;
import com.safereply.app.publish.PublishResult;
import com.safereply.app.publish.PublishService;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.platforms.MetaGraphGateway;
import com.safereply.platforms.PlatformHttpSettings;
import com.safereply.platforms.XGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local platform stand-in, driven by the real gateways and the publish use case. */
class LocalPlatformStandInTest {
    private static final ReplyTarget FB = new ReplyTarget(Platform.FACEBOOK, "104412345678901", "104412345678901_1");
    private static final ReplyTarget X = new ReplyTarget(Platform.X, "1500000000000000001", "1860000000000000123");

    private LocalPlatformStandIn standIn;
    private InMemoryPublishLedger ledger;

    @BeforeEach
    void start() {
        standIn = LocalPlatformStandIn.start(0);
        ledger = new InMemoryPublishLedger();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private PublishService service(ReplyGateway gateway) {
        return new PublishService(ledger, gateway, (practice, platform) -> Optional.of(new PlatformToken(
                LocalPlatformStandIn.tokenFor(platform == Platform.X ? X.accountId() : FB.accountId()))), new InMemoryPublishingPauses(),
                PublishObserver.NONE,
                Clock.systemUTC(), attempt -> { });
    }

    private MetaGraphGateway graph(Duration timeout) {
        return new MetaGraphGateway(standIn.endpoint(), "v25.0", new PlatformHttpSettings(Duration.ofSeconds(2),
                timeout));
    }

    @Test
    void facebookAndXRepliesAreRecordedAndListed() throws Exception {
        ledger.approve("d1");
        ledger.approve("d2");

        service(graph(Duration.ofSeconds(5))).publish(new PublishJob("p", "d1", FB, "Thank you!", false));
        service(new XGateway(standIn.endpoint(), PlatformHttpSettings.defaults()))
                .publish(new PublishJob("p", "d2", X, "Thanks for the mention!", false));

        assertEquals(2, standIn.replies().size());
        String listing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(standIn.listing()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(true, listing.contains("\"text\":\"Thank you!\"") && listing.contains("Thanks for the mention!"));
    }

    @Test
    void lostAnswerIsReadBackAndStaysOneReply() throws Exception {
        ledger.approve("d1");
        tellNext("lost-answer");

        PublishResult result = service(graph(Duration.ofMillis(500)))
                .publish(new PublishJob("p", "d1", FB, "Thank you!", false));

        assertInstanceOf(PublishResult.Published.class, result);
        assertEquals(1, standIn.replies().size());
    }

    @Test
    void eachFailureKindEndsAsThePlatformWouldMakeIt() throws Exception {
        ledger.approve("d1");
        tellNext("token-expired");
        assertInstanceOf(PublishResult.Failed.class, service(graph(Duration.ofSeconds(5)))
                .publish(new PublishJob("p", "d1", FB, "Thank you!", false)));

        ledger.approve("d2");
        tellNext("not-mentioned");
        assertEquals(new PublishResult.Failed("the platform does not allow a reply to this post"),
                service(new XGateway(standIn.endpoint(), PlatformHttpSettings.defaults()))
                        .publish(new PublishJob("p", "d2", X, "Thanks!", false)));
        assertEquals(0, standIn.replies().size());
    }

    @Test
    void unknownTokenIsRefusedLikeAnInvalidToken() {
        ledger.approve("d1");
        PublishService stranger = new PublishService(ledger, graph(Duration.ofSeconds(5)),
                (practice, platform) -> Optional.of(new PlatformToken("someone-else")), new InMemoryPublishingPauses(),
                PublishObserver.NONE,
                Clock.systemUTC(), attempt -> { });

        assertInstanceOf(PublishResult.Failed.class, stranger.publish(new PublishJob("p", "d1", FB, "Hi", false)));
    }

    private void tellNext(String kind) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(standIn.endpoint().resolve("/_standin/fail?next=" + kind))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }
}
