package com.safereply.local;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.safereply.webhook.http.WebhookHandler;
import com.safereply.webhook.http.WebhookRequest;
import com.safereply.webhook.http.WebhookResponse;

/**
 * The webhook in the local run: every request under {@code /webhooks/} becomes the request API Gateway would hand the
 * function (header names lower-cased, the body's exact bytes), goes through the webhook function's own handler
 * ({@link WebhookHandler#respond}, everything but the event's JSON), and its response is sent back as it is. The webhook has no JAX-RS of
 * its own; this adapter is the local run's stand-in for API Gateway, and its routing, 404s and 405s are the handler's.
 */
@Path("/webhooks")
public class LocalWebhookResource {

    private final WebhookHandler handler;

    public LocalWebhookResource(WebhookHandler handler) {
        this.handler = handler;
    }

    @GET
    @Path("{route: .*}")
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", uri, headers, new byte[0]);
    }

    @POST
    @Path("{route: .*}")
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", uri, headers, body);
    }

    @PUT
    @Path("{route: .*}")
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", uri, headers, body);
    }

    @PATCH
    @Path("{route: .*}")
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PATCH", uri, headers, body);
    }

    @DELETE
    @Path("{route: .*}")
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", uri, headers, new byte[0]);
    }

    @HEAD
    @Path("{route: .*}")
    public Response head(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("HEAD", uri, headers, new byte[0]);
    }

    @OPTIONS
    @Path("{route: .*}")
    public Response options(@Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("OPTIONS", uri, headers, new byte[0]);
    }

    private Response forward(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        WebhookResponse answer = handler.respond(request(method, uri, headers, body));
        Response.ResponseBuilder response = Response.status(answer.status());
        // The container sets the length of what it sends.
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                response.header(name, value);
            }
        });
        return response.entity(answer.body().getBytes(StandardCharsets.UTF_8)).build();
    }

    /** What API Gateway would hand the function: header names lower-cased, repeated headers joined, the exact bytes. */
    static WebhookRequest request(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        Map<String, String> lowerCased = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) ->
                lowerCased.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return WebhookRequest.ofHttp(method, uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(),
                lowerCased, body);
    }
}
