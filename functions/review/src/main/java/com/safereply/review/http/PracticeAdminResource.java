package com.safereply.review.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import com.safereply.app.practice.admin.ApproverAccount;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.practice.admin.PracticeAdminService;
import com.safereply.app.practice.admin.VersionedPractice;
import com.safereply.review.auth.AdminIdentityResolver;

/**
 * Practice administration: maps HTTP to {@link PracticeAdminService}. Identity first, then the body; another
 * practice is 404 on every route (the use case checks tenancy before anything else). Logs carry ids and versions.
 *
 * <p>A channel change is written at once; the webhook resolves channels through a per-container cache, so a claim or
 * release reaches every webhook container within its TTL (60 s; an unclaimed channel is remembered 5 s): until then
 * comments on a just-claimed page may still be acknowledged and dropped as unclaimed, and a just-released page may
 * still draft into this practice's queue (docs/onboarding.md).
 */
@Path("/")
@Tag(name = "practice administration", description = "Platform operators create practices; practice admins edit the"
        + " practice document, claim and release channels and invite, list and disable approvers; every change audited")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeAdminResource {

    private static final Logger LOG = Logger.getLogger(PracticeAdminResource.class);

    private final PracticeAdminService admin;
    private final AdminIdentityResolver identity;

    public PracticeAdminResource(PracticeAdminService admin, AdminIdentityResolver identity) {
        this.admin = admin;
        this.identity = identity;
    }

    @POST
    @Path("/practices")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "createPractice", summary = "Create a practice from its document (platform operators)")
    @APIResponseSchema(value = AdminJson.Practice.class, responseCode = "201", responseDescription = "Created as version 1")
    @APIResponse(responseCode = "400", description = "Malformed or invalid document; the error names the field")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a platform operator")
    @APIResponse(responseCode = "409", description = "The practice exists, or a channel is claimed by another practice")
    public Response create(@Context HttpServerRequest request, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = Object.class))) byte[] body) {
        Caller caller = caller(request);
        String document = StrictJson.tree(body, contentType, false).toString();
        VersionedPractice created = admin.create(caller, document);
        LOG.infof("practice %s created", created.practice().practiceId());
        return Response.status(Response.Status.CREATED).entity(AdminJson.Practice.of(created))
                .tag(String.valueOf(created.version())).build();
    }

    @GET
    @Path("/practices/{practiceId}")
    @Operation(operationId = "getPractice", summary = "The practice document and its version (practice admins)")
    @APIResponseSchema(value = AdminJson.Practice.class, responseCode = "200", responseDescription = "The practice; ETag is its version")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    public Response get(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        return practice(admin.read(caller(request), practiceId), Response.Status.OK);
    }

    @PUT
    @Path("/practices/{practiceId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "updatePractice", summary = "Replace the practice document at the version read (If-Match);"
            + " channels change through their own routes")
    @APIResponseSchema(value = AdminJson.Practice.class, responseCode = "200", responseDescription = "The new version")
    @APIResponse(responseCode = "400", description = "Invalid document (the error names the field), or no If-Match")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    @APIResponse(responseCode = "409", description = "The practice changed since the version read")
    public Response update(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                           @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = Object.class))) byte[] body) {
        Caller caller = caller(request);
        admin.read(caller, practiceId); // tenancy and role before the body is even parsed
        long version = Versions.requiredIfMatch(ifMatch, "GET /practices/{practiceId}, the version you read");
        String document = StrictJson.tree(body, contentType, false).toString();
        VersionedPractice updated = admin.update(caller, practiceId, document, version);
        LOG.infof("practice %s at version %d", practiceId, updated.version());
        return practice(updated, Response.Status.OK);
    }

    @PUT
    @Path("/practices/{practiceId}/channels/{platform}/{channelId}")
    @Operation(operationId = "claimChannel", summary = "Claim a Facebook page, Instagram account, X user or Google"
            + " location for the practice; its comments draft into this practice's queue within the webhook's cache TTL")
    @APIResponseSchema(value = AdminJson.Practice.class, responseCode = "200", responseDescription = "The practice with the channel")
    @APIResponse(responseCode = "400", description = "Unknown platform or malformed channel id")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    @APIResponse(responseCode = "409", description = "Claimed by another practice (which one is not said)")
    public Response claim(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                          @PathParam("platform") String platform, @PathParam("channelId") String channelId) {
        VersionedPractice claimed = admin.claim(caller(request), practiceId, platform, channelId);
        LOG.infof("practice %s claims a %s channel (version %d)", practiceId, platform, claimed.version());
        return practice(claimed, Response.Status.OK);
    }

    @DELETE
    @Path("/practices/{practiceId}/channels/{platform}/{channelId}")
    @Operation(operationId = "releaseChannel", summary = "Release a channel of the practice")
    @APIResponseSchema(value = AdminJson.Practice.class, responseCode = "200", responseDescription = "The practice without the channel")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice, or not its channel")
    public Response release(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                            @PathParam("platform") String platform, @PathParam("channelId") String channelId) {
        VersionedPractice released = admin.release(caller(request), practiceId, platform, channelId);
        LOG.infof("practice %s released a %s channel (version %d)", practiceId, platform, released.version());
        return practice(released, Response.Status.OK);
    }

    @GET
    @Path("/practices/{practiceId}/approvers")
    @Operation(operationId = "listApprovers", summary = "The practice's approvers' accounts")
    @APIResponseSchema(value = AdminJson.Approvers.class, responseCode = "200", responseDescription = "The accounts")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    public AdminJson.Approvers approvers(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        return AdminJson.Approvers.of(admin.approvers(caller(request), practiceId));
    }

    @POST
    @Path("/practices/{practiceId}/approvers")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "inviteApprover", summary = "Invite an approver: a Cognito account with this practice,"
            + " e-mailed a temporary password; admin adds them to practice-admins")
    @APIResponseSchema(value = AdminJson.Approver.class, responseCode = "201", responseDescription = "Invited")
    @APIResponse(responseCode = "400", description = "Malformed body or e-mail; the error names the field")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    @APIResponse(responseCode = "409", description = "An account with this e-mail exists")
    public Response invite(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = AdminJson.Invite.class))) byte[] body) {
        Caller caller = caller(request);
        admin.read(caller, practiceId);
        AdminJson.Invite invite = StrictJson.read(body, contentType, AdminJson.Invite.class, false);
        ApproverAccount account = admin.invite(caller, practiceId, invite.email(), Boolean.TRUE.equals(invite.admin()));
        LOG.infof("practice %s invited approver %s", practiceId, account.username());
        return Response.status(Response.Status.CREATED).entity(AdminJson.Approver.of(account)).build();
    }

    @POST
    @Path("/practices/{practiceId}/approvers/{username}/disable")
    @Operation(operationId = "disableApprover", summary = "Disable an approver's sign-in")
    @APIResponseSchema(value = AdminJson.Approver.class, responseCode = "200", responseDescription = "Disabled")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice, or not its approver")
    public AdminJson.Approver disable(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId,
                                      @PathParam("username") String username) {
        ApproverAccount account = admin.disable(caller(request), practiceId, username);
        LOG.infof("practice %s disabled approver %s", practiceId, account.username());
        return AdminJson.Approver.of(account);
    }

    @GET
    @Path("/practices/{practiceId}/changes")
    @Operation(operationId = "listPracticeChanges", summary = "The practice's administration audit trail, oldest first")
    @APIResponseSchema(value = AdminJson.Changes.class, responseCode = "200", responseDescription = "Who changed which fields, when")
    @APIResponse(responseCode = "401", description = "Missing claims")
    @APIResponse(responseCode = "403", description = "Not a practice admin")
    @APIResponse(responseCode = "404", description = "Not the caller's practice")
    public AdminJson.Changes changes(@Context HttpServerRequest request, @PathParam("practiceId") String practiceId) {
        return AdminJson.Changes.of(admin.changes(caller(request), practiceId));
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private static Response practice(VersionedPractice practice, Response.Status status) {
        return Response.status(status).entity(AdminJson.Practice.of(practice)).tag(String.valueOf(practice.version()))
                .build();
    }

    private Caller caller(HttpServerRequest request) {
        return identity.caller(request).orElseThrow(UnauthenticatedException::new);
    }
}
