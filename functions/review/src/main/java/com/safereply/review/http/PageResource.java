package com.safereply.review.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.safereply.review.wiring.ReviewConfig;

/**
 * What the approvers' page (static files under {@code /app/}) asks before anyone signed in: how to sign in. In AWS
 * that is Cognito's hosted UI with authorization code + PKCE (the page does the exchange itself, so no secret is
 * involved); in a local run with {@code safereply.review.dev-auth=true} a form whose answer is a short-lived local
 * token ({@code LocalSessionTokens}, issued by the local run). It needs no identity and returns no draft data.
 */
@Path("/app")
@Tag(name = "page", description = "Sign-in settings of the approvers' page")
@Produces(MediaType.APPLICATION_JSON)
public class PageResource {

    private final ReviewConfig config;

    public PageResource(ReviewConfig config) {
        this.config = config;
    }

    /** How the page signs in: {@code local}, {@code cognito} (with the hosted UI's endpoints) or {@code none}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageConfig(String signIn, String authorizeUrl, String tokenUrl, String logoutUrl, String clientId,
                             String scope) {
    }

    @GET
    @Path("/config.json")
    @Operation(operationId = "pageConfig", summary = "How the approvers' page signs in")
    public PageConfig config() {
        if (config.devAuth()) {
            return new PageConfig("local", null, null, null, null, null);
        }
        String domain = config.page().cognitoDomain().map(PageResource::trimmed).orElse("");
        String clientId = config.page().cognitoClientId().orElse("");
        if (domain.isEmpty() || clientId.isEmpty()) {
            return new PageConfig("none", null, null, null, null, null);
        }
        return new PageConfig("cognito", domain + "/oauth2/authorize", domain + "/oauth2/token", domain + "/logout",
                clientId, "openid email");
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return ReviewErrors.toResponse(e);
    }

    private static String trimmed(String domain) {
        String d = domain.strip();
        while (d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }
}
