package com.safereply.review.http;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.phrasebook.PhraseProposal;
import com.safereply.app.phrasebook.Phrasebook;
import com.safereply.app.phrasebook.PhrasebookService;
import com.safereply.app.review.Approver;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.review.auth.ApproverIdentityResolver;

/**
 * The practice phrasebook API: maps HTTP to {@link PhrasebookService}. Identity first, then the body; another
 * practice's phrasebook is 404 on every route. Logs carry ids and versions, never sentences.
 */
@Path("/practices/{practiceId}/phrasebook")
@Tag(name = "phrasebook", description = "Practice admins propose sentences; a second admin accepts them; accepted"
        + " sentences are vetted for that practice")
@Produces(MediaType.APPLICATION_JSON)
public class PhrasebookResource {

    private static final Logger LOG = Logger.getLogger(PhrasebookResource.class);
    private static final String ID = "[A-Za-z0-9_-]{1,64}";
    static final String SOURCE_PHRASEBOOK = "phrasebook";

    private final PhrasebookService phrasebook;
    private final ApproverIdentityResolver identity;
    private final EmfWriter metrics;

    public PhrasebookResource(PhrasebookService phrasebook, ApproverIdentityResolver identity, EmfWriter metrics) {
        this.phrasebook = phrasebook;
        this.identity = identity;
        this.metrics = metrics;
    }

    @GET
    @Operation(operationId = "getPhrasebook", summary = "The practice's accepted sentences, version and open proposals")
    @APIResponseSchema(value = PhrasebookJson.Book.class, responseCode = "200", responseDescription = "The phrasebook")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Not the approver's practice")
    public PhrasebookJson.Book get(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        Approver approver = approver(request);
        return PhrasebookJson.Book.of(phrasebook.view(approver, checked(practiceId, "practice")));
    }

    @POST
    @Path("/proposals")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "proposeSentence", summary = "Propose a sentence (practice admins); the guard checks it first")
    @APIResponseSchema(value = PhrasebookJson.Proposal.class, responseCode = "201", responseDescription = "Proposed; a second admin must accept it")
    @APIResponse(responseCode = "400", description = "Malformed body, empty or too long sentence, unknown field")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the approver's practice")
    @APIResponse(responseCode = "409", description = "Already in the phrasebook")
    @APIResponse(responseCode = "422", description = "Unsafe sentence: the violated rules and spans; nothing stored")
    public Response propose(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = PhrasebookJson.Propose.class))) byte[] body) {
        Approver approver = approver(request);
        String practice = checked(practiceId, "practice");
        PhrasebookJson.Propose propose = StrictJson.read(body, contentType, PhrasebookJson.Propose.class, false);
        PhraseProposal proposal;
        try {
            proposal = phrasebook.propose(approver, practice, propose.sentence());
        } catch (UnsafeTextException e) {
            metrics.count(MetricNames.GUARD_REFUSALS, Map.of(MetricNames.SOURCE, SOURCE_PHRASEBOOK));
            throw e;
        }
        LOG.infof("phrasebook proposal %s for practice %s", proposal.proposalId(), practice);
        return Response.status(Response.Status.CREATED).entity(PhrasebookJson.Proposal.of(proposal)).build();
    }

    @POST
    @Path("/proposals/{proposalId}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "acceptSentence", summary = "Accept a proposal (a practice admin other than the proposer)"
            + " at the phrasebook version read; the sentence is vetted for this practice from now on")
    @APIResponseSchema(value = PhrasebookJson.Accepted.class, responseCode = "200", responseDescription = "The new phrasebook version")
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field, no version")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin, or the proposer")
    @APIResponse(responseCode = "404", description = "Unknown proposal, or not the approver's practice")
    @APIResponse(responseCode = "409", description = "Stale phrasebook version, or already accepted")
    @APIResponse(responseCode = "422", description = "The sentence is unsafe under today's guard")
    public PhrasebookJson.Accepted accept(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                                          @PathParam("proposalId") String proposalId,
                                          @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                          @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                  schema = @Schema(implementation = PhrasebookJson.Accept.class))) byte[] body) {
        Approver approver = approver(request);
        String practice = checked(practiceId, "practice");
        String proposal = checked(proposalId, "proposal");
        PhrasebookJson.Accept accept = StrictJson.read(body, contentType, PhrasebookJson.Accept.class, false);
        if (accept.version() == null || accept.version() < 0) {
            throw new BadRequestException("version is required: the phrasebook version you read (0 or more)");
        }
        Phrasebook next = phrasebook.accept(approver, practice, proposal, accept.version());
        LOG.infof("phrasebook of practice %s accepted proposal %s as version %d", practice, proposal, next.version());
        return PhrasebookJson.Accepted.of(next);
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private Approver approver(HttpServerRequest request) {
        return identity.resolve(request).orElseThrow(UnauthenticatedException::new);
    }

    private static String checked(String id, String what) {
        if (id == null || !id.matches(ID)) {
            throw new ReviewNotFoundException(what);
        }
        return id;
    }
}
