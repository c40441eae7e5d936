package com.safereply.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.safereply.app.CommentVerb;
import com.safereply.app.DraftIds;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;
import com.safereply.app.IngestService;
import com.safereply.app.Platform;
import com.safereply.app.TriageObserver;
import com.safereply.app.TriageService;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.practice.ChannelRef;
import com.safereply.core.model.StarRating;
import com.safereply.store.stream.StreamImages;
import com.safereply.store.testing.DynamoDbLocalExtension;
import com.safereply.store.testing.MutableClock;
import com.safereply.store.testing.StubTriager;
import com.safereply.store.testing.TestPractices;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Google review's star rating on DynamoDB Local: stored with the comment, handed to triage, kept on the draft,
 * replaced by an updated review's rating, and decoded from a stream image like every other attribute.
 */
class StarRatingRoundTripIntegrationTest {

    @RegisterExtension
    static final DynamoDbLocalExtension dynamo = new DynamoDbLocalExtension();
    private static final AtomicInteger PRACTICES = new AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final StubTriager triager = new StubTriager();
    private DynamoDbStores stores;
    private IngestService ingest;
    private TriageService triage;
    private String practiceId;
    private String location;
    private String reviewName;

    @BeforeEach
    void setUp() {
        stores = dynamo.stores(clock);
        ingest = new IngestService(stores.practices(), stores.comments(), stores.drafts(), clock, Duration.ofDays(7));
        triage = new TriageService(stores.comments(), stores.drafts(), stores.practices(), triager, clock,
                TriageObserver.NONE);
        int n = PRACTICES.incrementAndGet();
        practiceId = "rating-" + n;
        location = "56473829" + n;
        reviewName = "accounts/1029384756/locations/" + location + "/reviews/AIe9rating";
        stores.practices().save(TestPractices.practice(practiceId, new ChannelRef(Platform.GOOGLE, location)));
    }

    @Test
    void theRatingTravelsFromIngestThroughTriageToTheDraftAndIsReplacedByAnUpdate() {
        assertEquals(IngestOutcome.CREATED, ingest.ingest(review(CommentVerb.ADD, "m1", "Long wait", 2)));
        String draftId = DraftIds.of(practiceId, Platform.GOOGLE, reviewName);
        triage.triage(draftId);

        assertEquals(new StarRating(2), triager.lastRating(), "triage was given the stored rating");
        DraftRecord draft = stores.drafts().findById(draftId).orElseThrow();
        assertEquals(new StarRating(2), draft.comment().rating());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(IngestOutcome.RETRIAGED, ingest.ingest(review(CommentVerb.EDIT, "m2", "Long wait, kind staff", 4)));
        triage.triage(draftId);
        assertEquals(new StarRating(4), triager.lastRating());
        assertEquals(new StarRating(4), stores.drafts().findById(draftId).orElseThrow().comment().rating());
    }

    @Test
    void aStreamImageOfTheDraftDecodesTheRatingAndACommentWithoutOneReadsAsNone() {
        ingest.ingest(review(CommentVerb.ADD, "m3", "", 1));
        String draftId = DraftIds.of(practiceId, Platform.GOOGLE, reviewName);
        triage.triage(draftId);
        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(dynamo.tableName())
                .key(Map.of("PK", AttributeValue.fromS("DRAFT#" + draftId), "SK", AttributeValue.fromS("DRAFT")))
                .consistentRead(true)).item();
        assertEquals("1", item.get(DraftItems.STAR_RATING).n());

        DraftRecord decoded = DraftItems.fromItem(StreamImages.toSdk(lambdaImage(item)));
        assertEquals(new StarRating(1), decoded.comment().rating());

        Map<String, AttributeValue> unrated = new HashMap<>(item);
        unrated.remove(DraftItems.STAR_RATING);
        assertNull(DraftItems.fromItem(unrated).comment().rating(), "items of other platforms have no rating");
        assertFalse(DraftItems.toItem(DraftItems.fromItem(unrated)).containsKey(DraftItems.STAR_RATING));
    }

    private InboundComment review(CommentVerb verb, String messageId, String text, int stars) {
        return new InboundComment(Platform.GOOGLE, location, reviewName, verb, "google|" + messageId, text, null,
                "A Reviewer", null, null, null, Instant.parse("2026-03-01T08:58:00Z"), true, new StarRating(stars));
    }

    /** The image as the Lambda runtime hands it over (the events library's own attribute type). */
    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> lambdaImage(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image = new HashMap<>();
        item.forEach((name, value) -> image.put(name, lambda(value)));
        return image;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue lambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        if (v.s() != null) {
            return out.withS(v.s());
        }
        if (v.n() != null) {
            return out.withN(v.n());
        }
        if (v.bool() != null) {
            return out.withBOOL(v.bool());
        }
        if (v.hasM()) {
            return out.withM(lambdaImage(v.m()));
        }
        if (v.hasL()) {
            return out.withL(v.l().stream().map(StarRatingRoundTripIntegrationTest::lambda).toList());
        }
        if (v.hasSs()) {
            return out.withSS(v.ss());
        }
        return out.withNULL(true);
    }
}
