package com.safereply.review.auth;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.review.Approver;

/**
 * Local runs only: {@code Authorization: Bearer <token>} with a token from the page's local sign-in form
 * ({@link LocalSessionTokens}). Installed beside {@link DevApproverHeader} when {@code safereply.review.dev-auth=true};
 * in AWS, API Gateway's JWT authorizer reads that header and this resolver does not exist.
 */
public final class LocalSessionBearer implements ApproverIdentityResolver {

    private static final String PREFIX = "Bearer ";

    private final LocalSessionTokens tokens;

    public LocalSessionBearer(LocalSessionTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Approver> resolve(HttpServerRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return tokens.verify(header.substring(PREFIX.length()).strip());
    }
}
