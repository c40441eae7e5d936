package com.safereply.review.http;

import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.audit.AuditForbiddenException;
import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.phrasebook.PhrasebookConflictException;
import com.safereply.app.phrasebook.PhrasebookForbiddenException;
import com.safereply.app.review.AdminOnlyException;
import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.InvalidPracticeDocumentException;
import com.safereply.app.practice.admin.AdminForbiddenException;
import com.safereply.app.practice.admin.ApproverExistsException;
import com.safereply.app.practice.admin.InvalidAdminRequestException;
import com.safereply.app.practice.admin.PracticeVersionConflictException;
import com.safereply.app.review.DraftClosedException;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.SecondApproverRequiredException;
import com.safereply.app.review.TwoPersonRuleException;
import com.safereply.app.review.UnsafeTextException;

/**
 * Every failure of the review API as a short JSON error, never a stack trace. Used by {@link ReviewResource}'s own
 * exception mapper (not an app-wide one), so an app that embeds these resources next to others keeps its own mappers.
 * Messages come from this project's exceptions, which never include comment text; 422 spans are draft text.
 */
final class ReviewErrors {

    private static final Logger LOG = Logger.getLogger(ReviewErrors.class);
    private static final int UNPROCESSABLE = 422;

    private ReviewErrors() {
    }

    static Response toResponse(Throwable e) {
        if (e instanceof UnauthenticatedException) {
            return Response.status(Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(new ErrorBody(e.getMessage())).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (e instanceof BadRequestException bad) {
            return json(Status.BAD_REQUEST.getStatusCode(), ErrorBody.forField(e.getMessage(), bad.field().orElse(null)));
        }
        if (e instanceof InvalidReviewRequestException) {
            return json(Status.BAD_REQUEST.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof RequestRefusedException refused) {
            return json(refused.status(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof InvalidPracticeDocumentException invalid) {
            return json(Status.BAD_REQUEST.getStatusCode(), ErrorBody.forField(e.getMessage(), invalid.field()));
        }
        if (e instanceof InvalidAdminRequestException invalid) {
            return json(Status.BAD_REQUEST.getStatusCode(), ErrorBody.forField(e.getMessage(), invalid.field()));
        }
        if (e instanceof AdminForbiddenException) {
            return json(Status.FORBIDDEN.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof PracticeVersionConflictException || e instanceof ChannelClaimedException
                || e instanceof ApproverExistsException) {
            return json(Status.CONFLICT.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof InvalidCursorException) {
            return json(Status.BAD_REQUEST.getStatusCode(),
                    new ErrorBody("cursor is not one this API issued for this list"));
        }
        if (e instanceof ReviewNotFoundException) {
            return json(Status.NOT_FOUND.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof SecondApproverRequiredException second) {
            return json(second.approverIsEditor() ? Status.FORBIDDEN.getStatusCode() : Status.BAD_REQUEST.getStatusCode(),
                    new ErrorBody(e.getMessage()));
        }
        if (e instanceof PhrasebookForbiddenException || e instanceof AdminOnlyException
                || e instanceof AuditForbiddenException) {
            return json(Status.FORBIDDEN.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof PhrasebookConflictException) {
            return json(Status.CONFLICT.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof TwoPersonRuleException) {
            return json(Status.FORBIDDEN.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof VersionConflictException conflict) {
            return json(Status.CONFLICT.getStatusCode(), new ErrorBody("the draft changed since version "
                    + conflict.expectedVersion() + " was read; reload it and try again"));
        }
        if (e instanceof DraftClosedException) {
            return json(Status.CONFLICT.getStatusCode(), new ErrorBody(e.getMessage()));
        }
        if (e instanceof UnsafeTextException unsafe) {
            return json(UNPROCESSABLE, ErrorBody.unsafe(unsafe.getMessage(), unsafe.violations()));
        }
        if (e instanceof StoreUnavailableException) {
            LOG.warn("storage unavailable");
            return Response.status(Status.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .entity(new ErrorBody("storage unavailable, retry later")).type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (e instanceof WebApplicationException web) {
            // Framework refusals (415, 405, ...): keep the status, drop the framework's body.
            int status = web.getResponse().getStatus();
            Response.StatusType type = Status.fromStatusCode(status);
            return json(status, new ErrorBody(type == null ? "request failed"
                    : type.getReasonPhrase().toLowerCase(Locale.ROOT)));
        }
        // A bug, not the caller's fault. Logged by type and place only: exception messages can quote text.
        StackTraceElement[] trace = e.getStackTrace();
        LOG.errorf("unexpected failure: %s at %s", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
        return json(Status.INTERNAL_SERVER_ERROR.getStatusCode(), new ErrorBody("internal error"));
    }

    private static Response json(int status, ErrorBody body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
