package com.safereply.review.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;

import com.safereply.app.publish.PublishingPause;
import com.safereply.app.publish.PublishingPauseService;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.review.auth.ApproverIdentityResolver;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a practice's publishing is paused after a platform policy block, and lifting the pause (practice admins).
 * Maps HTTP to {@link PublishingPauseService}; another practice's approvers get 404 on both routes.
 */
@Path("/practices/{practiceId}/publishing")
@Tag(name = "publishing", description = "A platform policy block pauses a practice's publishing until an admin resumes it")
@Produces(MediaType.APPLICATION_JSON)
public class PublishingResource {

    private static final Logger LOG = Logger.getLogger(PublishingResource.class);
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    /** The practice's publishing: {@code paused} with the platform that blocked and since when, or running. */
    public record Status(boolean paused, String platform, Instant since) {
        static Status of(Optional<PublishingPause> pause) {
            return pause.map(p -> new Status(true, p.platform().label(), p.since()))
                    .orElse(new Status(false, null, null));
        }
    }

    private final PublishingPauseService pauses;
    private final ApproverIdentityResolver identity;

    public PublishingResource(PublishingPauseService pauses, ApproverIdentityResolver identity) {
        this.pauses = pauses;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getPublishing", summary = "Whether publishing is paused for the practice")
    @APIResponseSchema(value = Status.class, responseCode = "200", responseDescription = "Paused or running")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Not the approver's practice")
    public Status get(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        return Status.of(pauses.status(approver(request), checked(practiceId)));
    }

    @POST
    @Path("/resume")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resumePublishing", summary = "Resume publishing after a policy block (practice admins);"
            + " drafts that failed meanwhile stay failed until an approver retries each one")
    @APIResponseSchema(value = Status.class, responseCode = "200", responseDescription = "Publishing runs again")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the approver's practice")
    @APIResponse(responseCode = "409", description = "Publishing was not paused")
    public Status resume(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        Approver approver = approver(request);
        String practice = checked(practiceId);
        if (pauses.resume(approver, practice).isEmpty()) {
            throw new RequestRefusedException(409, "publishing is not paused for this practice");
        }
        LOG.infof("publishing resumed for practice %s", practice);
        return Status.of(Optional.empty());
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private Approver approver(HttpServerRequest request) {
        return identity.resolve(request).orElseThrow(UnauthenticatedException::new);
    }

    private static String checked(String id) {
        if (id == null || !id.matches(ID)) {
            throw new ReviewNotFoundException("practice");
        }
        return id;
    }
}
