package com.safereply.local;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.safereply.app.digest.DigestService;
import com.safereply.app.digest.DigestWeek;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.store.DynamoDbStores;

/**
 * The weekly digest on demand, local run only: {@code POST /_local/digest/<practiceId>} computes, keeps and sends
 * (through the local SNS stand-in) the digest of the week so far in the practice's time zone, with the digest
 * function's own use case, so the approvers' page has a digest to show without waiting for a week to end. Sent once
 * per week like the schedule's ({@code "sent": false} after that). The deployed API has no such route.
 */
@Path("/_local/digest/{practiceId}")
public class LocalDigestResource {

    private final DynamoDbStores stores;
    private final DigestService digests;
    private final Clock clock = Clock.systemUTC();

    public LocalDigestResource(DynamoDbStores stores, DigestService digests) {
        this.stores = stores;
        this.digests = digests;
    }

    @POST
    public Response sendWeekSoFar(@PathParam("practiceId") String practiceId) {
        Optional<PracticeAccount> practice = practiceId.matches("[A-Za-z0-9_-]{1,64}")
                ? stores.practices().findById(practiceId) : Optional.empty();
        if (practice.isEmpty()) {
            return Response.status(404).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "no such practice")).build();
        }
        Instant now = clock.instant();
        DigestWeek week = DigestWeek.containing(now, practice.get().digest().zone());
        boolean sent = digests.send(practice.get(), week, now);
        return Response.ok(Map.of("practiceId", practiceId, "weekId", week.id(), "sent", sent),
                MediaType.APPLICATION_JSON).build();
    }
}
