package com.safereply.review.http;

import com.safereply.app.publish.PublishRetry;
import com.safereply.app.publish.PublishStatusReader;
import com.safereply.app.review.DraftView;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.PageRequest;
import com.safereply.app.review.Approver;
import com.safereply.app.review.Attestation;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.ReviewService;
import com.safereply.app.review.UnsafeTextException;
import com.safereply.app.telemetry.EmfWriter;
import com.safereply.app.telemetry.MetricNames;
import com.safereply.review.auth.ApproverIdentityResolver;

/**
 * The review API. Only maps HTTP to {@link ReviewService} and back: who is calling, the version a change is based on,
 * strict request bodies. Identity is resolved before the body is even read, so an anonymous caller learns nothing
 * about what the API would accept. Logs carry ids and outcomes only, never text.
 */
@Path("/")
@Tag(name = "review", description = "Approvers list, read, edit, approve and reject drafts")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private static final Logger LOG = Logger.getLogger(ReviewResource.class);
    /** Draft ids are 22 base64url characters; anything unlike an id cannot exist, and never reaches the store. */
    private static final String DRAFT_ID = "[A-Za-z0-9_-]{1,64}";

    private final ReviewService review;
    private final ApproverIdentityResolver identity;
    private final EmfWriter metrics;
    private final PublishStatusReader publishStatus;
    private final PublishRetry publishRetry;

    public ReviewResource(ReviewService review, ApproverIdentityResolver identity, EmfWriter metrics,
                          PublishStatusReader publishStatus, PublishRetry publishRetry) {
        this.review = review;
        this.identity = identity;
        this.metrics = metrics;
        this.publishStatus = publishStatus;
        this.publishRetry = publishRetry;
    }

    @GET
    @Path("/practices/{practiceId}/drafts")
    @Operation(operationId = "listDrafts", summary = "The practice's drafts in one state (default PENDING_APPROVAL: the approval queue), oldest first")
    @APIResponseSchema(value = ReviewJson.QueuePage.class, responseCode = "200", responseDescription = "One page of the queue")
    @APIResponse(responseCode = "400", description = "Bad status, limit or cursor")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Not the approver's practice")
    public ReviewJson.QueuePage listDrafts(@Context HttpServerRequest request,
                                           @PathParam("practiceId") String practiceId,
                                           @QueryParam("status") String status,
                                           @QueryParam("limit") String limit,
                                           @QueryParam("cursor") String cursor) {
        Approver approver = approver(request);
        return ReviewJson.QueuePage.of(review.list(approver, practiceId, state(status), new PageRequest(limit(limit, PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT), cursor)),
                review.sla(approver, practiceId));
    }

    @GET
    @Path("/drafts/{draftId}")
    @Operation(operationId = "getDraft", summary = "A draft with its comment, triage, guard verdict and history; audited as a view")
    @APIResponseSchema(value = ReviewJson.Draft.class, responseCode = "200", responseDescription = "The draft; ETag is its version")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    public Response getDraft(@Context HttpServerRequest request, @PathParam("draftId") String draftId) {
        Approver approver = approver(request);
        DraftView view = review.view(approver, checked(draftId)); // checks the approver's practice first
        ReviewJson.Draft draft = ReviewJson.Draft.of(view, publishStatus.statusOf(view.draft().draftId()),
                review.sla(approver, view.draft().practiceId()));
        return Response.ok(draft).tag(String.valueOf(draft.version())).build();
    }

    @PUT
    @Path("/drafts/{draftId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "editDraft", summary = "Replace the draft text; refused with 422 if the guard finds it unsafe")
    @APIResponseSchema(value = ReviewJson.DraftStatus.class, responseCode = "200", responseDescription = "Stored as a new version")
    @APIResponse(responseCode = "400", description = "Malformed body, empty or too long text, unknown field, no version")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    @APIResponse(responseCode = "409", description = "Stale version, or the draft is already decided or retracted")
    @APIResponse(responseCode = "422", description = "Unsafe text: the violated rules and spans; nothing changed")
    public Response editDraft(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                              @HeaderParam("If-Match") String ifMatch,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                      schema = @Schema(implementation = ReviewRequests.Edit.class))) byte[] body) {
        Approver approver = approver(request);
        ReviewRequests.Edit edit = StrictJson.read(body, contentType, ReviewRequests.Edit.class, false);
        long version = Versions.required(edit.version(), ifMatch);
        DraftRecord edited = guarded(MetricNames.SOURCE_REVIEW_EDIT,
                () -> review.edit(approver, checked(draftId), edit.text(), version));
        LOG.infof("draft %s edited to version %d", edited.draftId(), edited.version());
        return changed(edited);
    }

    @POST
    @Path("/drafts/{draftId}/check")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "checkDraftText", summary = "The guard's verdict on a text as this draft's reply, with"
            + " spans (the page's live check while the approver types); changes and records nothing")
    @APIResponseSchema(value = ReviewJson.Guard.class, responseCode = "200", responseDescription = "The verdict")
    @APIResponse(responseCode = "400", description = "Malformed body, empty or too long text, unknown field")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    public ReviewJson.Guard checkDraftText(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                   schema = @Schema(implementation = ReviewRequests.Check.class))) byte[] body) {
        Approver approver = approver(request);
        ReviewRequests.Check check = StrictJson.read(body, contentType, ReviewRequests.Check.class, false);
        return ReviewJson.Guard.of(review.check(approver, checked(draftId), check.text()));
    }

    @POST
    @Path("/drafts/{draftId}/approve")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "approveDraft", summary = "Approve the current text; the guard runs again first and approval"
            + " follows its verdict: unsafe never, review (free text) by a second approver who attests, safe by one approver")
    @APIResponseSchema(value = ReviewJson.DraftStatus.class, responseCode = "200", responseDescription = "Approved")
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field, no version; free text without the attestation")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "403", description = "Two-person rule, or free text: the last editor cannot approve")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    @APIResponse(responseCode = "409", description = "Stale version, or the draft is already decided or retracted")
    @APIResponse(responseCode = "422", description = "Unsafe text: the violated rules and spans; nothing changed")
    public Response approveDraft(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                                 @HeaderParam("If-Match") String ifMatch,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = ReviewRequests.Approve.class))) byte[] body) {
        Approver approver = approver(request);
        ReviewRequests.Approve approve = StrictJson.read(body, contentType, ReviewRequests.Approve.class, true);
        long version = Versions.required(approve.version(), ifMatch);
        DraftRecord approved = guarded(MetricNames.SOURCE_REVIEW_APPROVE,
                () -> review.approve(approver, checked(draftId), version,
                        approve.attestation() == null ? Attestation.NONE : approve.attestation().toAttestation(),
                        Boolean.TRUE.equals(approve.hide())));
        LOG.infof("draft %s approved at version %d", approved.draftId(), approved.version());
        return changed(approved);
    }

    @POST
    @Path("/drafts/{draftId}/retry-publish")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retryPublish", summary = "Publish a draft again after the platform refused it"
            + " (PUBLISH_FAILED back to APPROVED); the publish stage reads the platform back before posting")
    @APIResponseSchema(value = ReviewJson.DraftStatus.class, responseCode = "200", responseDescription = "Approved again")
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field, no version")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    @APIResponse(responseCode = "409", description = "Stale version, or the draft is not in PUBLISH_FAILED")
    public Response retryPublish(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                                 @HeaderParam("If-Match") String ifMatch,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                         schema = @Schema(implementation = ReviewRequests.RetryPublish.class))) byte[] body) {
        Approver approver = approver(request);
        ReviewRequests.RetryPublish retry = StrictJson.read(body, contentType, ReviewRequests.RetryPublish.class, true);
        long version = Versions.required(retry.version(), ifMatch);
        DraftRecord retried = publishRetry.retry(approver, checked(draftId), version);
        LOG.infof("draft %s publish retried at version %d", retried.draftId(), retried.version());
        return changed(retried);
    }

    @POST
    @Path("/drafts/{draftId}/reject")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "rejectDraft", summary = "Reject the draft with a reason")
    @APIResponseSchema(value = ReviewJson.DraftStatus.class, responseCode = "200", responseDescription = "Rejected")
    @APIResponse(responseCode = "400", description = "Malformed body, empty reason, unknown field, no version")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    @APIResponse(responseCode = "409", description = "Stale version, or the draft is already decided or retracted")
    public Response rejectDraft(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                                @HeaderParam("If-Match") String ifMatch,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = ReviewRequests.Reject.class))) byte[] body) {
        Approver approver = approver(request);
        ReviewRequests.Reject reject = StrictJson.read(body, contentType, ReviewRequests.Reject.class, false);
        long version = Versions.required(reject.version(), ifMatch);
        DraftRecord rejected = review.reject(approver, checked(draftId), reject.reason(), version);
        LOG.infof("draft %s rejected at version %d", rejected.draftId(), rejected.version());
        return changed(rejected);
    }

    @GET
    @Path("/drafts/{draftId}/audit")
    @Operation(operationId = "getDraftAudit", summary = "One page of the draft's audit trail, oldest first; repeated views by one approver of one version within 15 minutes are one item with a count")
    @APIResponseSchema(value = ReviewJson.AuditTrail.class, responseCode = "200", responseDescription = "One page of audit items")
    @APIResponse(responseCode = "400", description = "Bad limit, or a cursor not issued for this draft's trail")
    @APIResponse(responseCode = "401", description = "Missing approver claims")
    @APIResponse(responseCode = "404", description = "Unknown draft or another practice's")
    public ReviewJson.AuditTrail getDraftAudit(@Context HttpServerRequest request, @PathParam("draftId") String draftId,
                                               @QueryParam("limit") String limit,
                                               @QueryParam("cursor") String cursor) {
        Approver approver = approver(request);
        String id = checked(draftId);
        PageRequest page = new PageRequest(
                limit(limit, ReviewService.AUDIT_DEFAULT_LIMIT, ReviewService.AUDIT_MAX_LIMIT), cursor);
        return ReviewJson.AuditTrail.of(id, review.audit(approver, id, page));
    }

    /** Every failure of these routes, mapped here rather than app-wide (see {@link ReviewErrors}). */
    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    /** Runs a guarded change; a guard refusal is counted (EMF, by source) and then answered 422 as usual. */
    private DraftRecord guarded(String source, Supplier<DraftRecord> change) {
        try {
            return change.get();
        } catch (UnsafeTextException e) {
            metrics.count(MetricNames.GUARD_REFUSALS, Map.of(MetricNames.SOURCE, source));
            throw e;
        }
    }

    private Approver approver(HttpServerRequest request) {
        return identity.resolve(request).orElseThrow(UnauthenticatedException::new);
    }

    private static Response changed(DraftRecord draft) {
        return Response.ok(ReviewJson.DraftStatus.of(draft)).tag(String.valueOf(draft.version())).build();
    }

    private static String checked(String draftId) {
        if (draftId == null || !draftId.matches(DRAFT_ID)) {
            throw new ReviewNotFoundException("draft");
        }
        return draftId;
    }

    /** Any state may be listed; none given is the approval queue. */
    private static DraftState state(String status) {
        if (status == null || status.isEmpty()) {
            return DraftState.PENDING_APPROVAL;
        }
        for (DraftState state : DraftState.values()) {
            if (state.name().equals(status)) {
                return state;
            }
        }
        throw new BadRequestException("status must be one of " + java.util.Arrays.toString(DraftState.values()));
    }

    private static int limit(String limit, int defaultLimit, int maxLimit) {
        if (limit == null || limit.isEmpty()) {
            return defaultLimit;
        }
        if (limit.matches("[0-9]{1,3}")) {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + maxLimit);
    }
}
