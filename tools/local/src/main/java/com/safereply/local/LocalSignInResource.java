package com.safereply.local;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.review.auth.LocalSessionTokens;

/**
 * The approvers' page's local sign-in: who to act as, answered with a short-lived token the review API trusts while
 * {@code safereply.review.dev-auth=true} (always, in the local run; the deployed review function has no such route and
 * signs in through Cognito). Anyone can sign in as anyone here: it stands in for the user pool, for demos and tests.
 */
@Path("/app/local-sign-in")
public class LocalSignInResource {

    private static final Logger LOG = Logger.getLogger(LocalSignInResource.class);
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final LocalSessionTokens tokens;

    public LocalSignInResource(LocalSessionTokens tokens) {
        this.tokens = tokens;
    }

    public record SignIn(String approverId, String practiceId, String email) {
    }

    public record Session(String token, Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(byte[] body) {
        SignIn signIn;
        try {
            signIn = STRICT.readValue(body, SignIn.class);
        } catch (IOException e) {
            return error("the body must be {\"approverId\", \"practiceId\", \"email\"}");
        }
        if (signIn == null) {
            return error("the body must be a JSON object");
        }
        try {
            LocalSessionTokens.Issued issued = tokens.issue(signIn.approverId(), signIn.practiceId(), signIn.email());
            LOG.infof("local sign-in for practice %s", signIn.practiceId());
            return Response.ok(new Session(issued.token(), issued.expiresAt())).build();
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static Response error(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
