package com.safereply.local;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.safereply.webhook.http.WebhookHandler;

/**
 * The webhook in the local run: every request under {@code /webhooks/} becomes the HTTP API event API Gateway would
 * send (payload format 2.0, header names lower-cased, the body's bytes base64-encoded so nothing changes them), goes
 * through the webhook function's own handler, and its response is sent back as it is. The webhook has no JAX-RS of
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
        APIGatewayV2HTTPResponse answer = handler.handleRequest(event(method, uri, headers, body), null);
        Response.ResponseBuilder response = Response.status(answer.getStatusCode());
        if (answer.getHeaders() != null) {
            // The container sets the length of what it sends.
            answer.getHeaders().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Content-Length")) {
                    response.header(name, value);
                }
            });
        }
        String text = answer.getBody() == null ? "" : answer.getBody();
        return response.entity(answer.getIsBase64Encoded() ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8)).build();
    }

    static APIGatewayV2HTTPEvent event(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        Map<String, String> lowerCased = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) ->
                lowerCased.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String path = uri.getRequestUri().getRawPath();
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath(path);
        event.setRawQueryString(uri.getRequestUri().getRawQuery() == null ? "" : uri.getRequestUri().getRawQuery());
        event.setHeaders(lowerCased);
        event.setBody(Base64.getEncoder().encodeToString(body == null ? new byte[0] : body));
        event.setIsBase64Encoded(true);
        event.setRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                        .withProtocol("HTTP/1.1").build())
                .withStage("$default").withRouteKey(method + " " + path).build());
        return event;
    }
}
