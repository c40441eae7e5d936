package com.safereply.review.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.safereply.app.draft.InvalidCursorException;
import com.safereply.app.draft.VersionConflictException;
import com.safereply.app.review.DraftClosedException;
import com.safereply.app.review.InvalidReviewRequestException;
import com.safereply.app.review.ReviewNotFoundException;
import com.safereply.app.review.TwoPersonRuleException;
import com.safereply.app.review.UnsafeTextException;

/**
 * The review API's own failures as short JSON errors, never a stack trace. These exception types are the review
 * module's, so mapping them app-wide is safe when another app embeds these resources; the generic ones (storage down,
 * framework errors, bugs) are mapped inside {@link ReviewResource} only, so they never clash with that app's mappers. Messages come from this project's own exceptions,
 * which never include comment or draft text (the 422 spans are draft text the approver wrote or is reviewing).
 */
public class ReviewErrorMappers {

    @ServerExceptionMapper
    public Response unauthenticated(UnauthenticatedException e) {
        return Response.status(Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new ErrorBody(e.getMessage())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return json(Status.BAD_REQUEST, new ErrorBody(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidReviewRequestException e) {
        return json(Status.BAD_REQUEST, new ErrorBody(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e) {
        return json(Status.BAD_REQUEST, new ErrorBody("cursor is not one this API issued for this queue"));
    }

    @ServerExceptionMapper
    public Response notFound(ReviewNotFoundException e) {
        return json(Status.NOT_FOUND, new ErrorBody(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response twoPersonRule(TwoPersonRuleException e) {
        return json(Status.FORBIDDEN, new ErrorBody(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response staleVersion(VersionConflictException e) {
        return json(Status.CONFLICT, new ErrorBody("the draft changed since version " + e.expectedVersion()
                + " was read; reload it and try again"));
    }

    @ServerExceptionMapper
    public Response closed(DraftClosedException e) {
        return json(Status.CONFLICT, new ErrorBody(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unsafe(UnsafeTextException e) {
        return json(Status.fromStatusCode(422), ErrorBody.unsafe(e.getMessage(), e.violations()));
    }

    static Response json(Status status, ErrorBody body) {
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
