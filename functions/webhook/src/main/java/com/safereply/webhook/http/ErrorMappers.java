package com.safereply.webhook.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.safereply.app.StoreUnavailableException;

/**
 * Every failure leaves as a short JSON error, never a stack trace. Only storage trouble is a 5xx, so only then do
 * platforms retry.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** 503 so Meta and X retry the delivery; stored comments of a partly processed batch then come back duplicate. */
    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e) {
        LOG.warnf("storage unavailable: %s", e.getMessage());
        return Response.status(Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .entity(new ErrorBody("storage unavailable, retry later"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Unknown path (404), wrong method (405) and the like: keep the status, drop the framework's HTML. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Status.fromStatusCode(status);
        String reason = type == null ? "request failed" : type.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        return Response.status(status).entity(new ErrorBody(reason)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A bug, not the sender's fault. Logged by type and place only: exception messages (e.g. from JSON libraries) can
     * quote comment text.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        LOG.errorf("unexpected failure: %s at %s", e.getClass().getName(), trace.length > 0 ? trace[0] : "?");
        return Response.status(Status.INTERNAL_SERVER_ERROR)
                .entity(new ErrorBody("internal error"))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
