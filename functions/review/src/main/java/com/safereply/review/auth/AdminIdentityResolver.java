package com.safereply.review.auth;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.practice.admin.Caller;

/**
 * Who calls a practice administration route, from the same claims (or local header) as {@link ApproverIdentityResolver},
 * plus the {@code platform-operators} group, whose members may have no practice claim.
 */
public interface AdminIdentityResolver {

    /** The caller, or empty when the request carries no usable identity (the API answers 401). */
    Optional<Caller> caller(HttpServerRequest request);

    default AdminIdentityResolver orElse(AdminIdentityResolver other) {
        return request -> caller(request).or(() -> other.caller(request));
    }
}
