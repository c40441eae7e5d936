package com.safereply.review.auth;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.review.Approver;

/**
 * Who is calling, from what the platform in front of the function vouched for. On Lambda that is the JWT
 * authorizer's claims in the API Gateway request context ({@link LambdaAuthorizerClaims}); in a local run it can be
 * a development header ({@link DevApproverHeader}), only when {@code safereply.review.dev-auth=true}.
 *
 * <p>Takes the Vert.x request (not a Lambda type) so the resources run in any Quarkus HTTP app, with or without the
 * Lambda extension.
 */
public interface ApproverIdentityResolver {

    /** The approver, or empty when the request carries no usable identity (the API answers 401). */
    Optional<Approver> resolve(HttpServerRequest request);

    /** This resolver's answer, or else the other's. */
    default ApproverIdentityResolver orElse(ApproverIdentityResolver other) {
        return request -> resolve(request).or(() -> other.resolve(request));
    }
}
