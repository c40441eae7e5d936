package com.safereply.review.http;

import java.time.ZoneId;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.digest.DigestChart;
import com.safereply.app.digest.DigestStore;
import com.safereply.app.digest.DigestWeek;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.review.auth.ApproverIdentityResolver;

/**
 * The approvers' weekly digest page data: the stored digest of a week, or the newest one without {@code week} (counts
 * only, small counts already "<3" by {@code SmallCounts}, the same strings the SNS digest carries) and its chart as a
 * server-made SVG (no script). Any approver of the practice; another practice is 404.
 */
@Path("/practices/{practiceId}/digest")
@Tag(name = "digest", description = "Weekly complaint-themes digest (counts only)")
public class DigestResource {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";
    private static final String WEEK = "ISO week, e.g. 2026-W48; absent or empty: the practice's newest digest";

    private final DigestStore digests;
    private final ApproverIdentityResolver identity;

    public DigestResource(DigestStore digests, ApproverIdentityResolver identity) {
        this.digests = digests;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDigest",
            summary = "The practice's digest of an ISO week (e.g. 2026-W48), or its newest digest without week")
    @APIResponse(responseCode = "200", description = "Counts, changes and times; small counts as <3; never text")
    @APIResponse(responseCode = "400", description = "Malformed week")
    @APIResponse(responseCode = "404", description = "Not the caller's practice, or no digest (for that week) yet")
    public WeeklyDigest get(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                            @Parameter(description = WEEK) @QueryParam("week") String week) {
        return load(request, practiceId, week);
    }

    @GET
    @Path("/chart.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getDigestChart", summary = "The digest's complaint themes as an SVG bar chart")
    @APIResponse(responseCode = "200", description = "SVG, made on the server")
    @APIResponse(responseCode = "400", description = "Malformed week")
    @APIResponse(responseCode = "404", description = "Not the caller's practice, or no digest (for that week) yet")
    public Response chart(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                          @Parameter(description = WEEK) @QueryParam("week") String week) {
        return Response.ok(DigestChart.svg(load(request, practiceId, week)), "image/svg+xml")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private WeeklyDigest load(HttpServerRequest request, String practiceId, String week) {
        Approver approver = identity.resolve(request).orElseThrow(UnauthenticatedException::new);
        if (practiceId == null || !practiceId.matches(ID) || !approver.belongsTo(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        if (week == null || week.isEmpty()) { // "?week=" is no week asked for, whichever HTTP layer passes it on
            return digests.latest(practiceId).orElseThrow(() -> new ReviewNotFoundException("digest"));
        }
        try {
            DigestWeek.parse(week, ZoneId.of("UTC"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return digests.find(practiceId, week).orElseThrow(() -> new ReviewNotFoundException("digest"));
    }
}
