package com.safereply.review.auth;

import java.util.Map;
import java.util.Optional;

import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.core.http.HttpServerRequest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.safereply.app.practice.admin.Caller;
import com.safereply.app.review.Approver;

/**
 * Reads the approver from the claims API Gateway's JWT authorizer verified ({@code requestContext.authorizer.jwt.claims}
 * of the HTTP API v2 event): {@code sub}, {@code email}, the Cognito custom attribute {@code custom:practiceId} and
 * {@code cognito:groups}: membership of {@value #ADMIN_GROUP} makes the caller an admin of that one practice, of
 * {@value #COMPLIANCE_GROUP} a compliance officer of that one practice.
 * The token itself is never parsed here: API Gateway checked its signature, issuer, audience and expiry.
 *
 * <p>quarkus-amazon-lambda-http hands the event's request context to the Vert.x request as a context object of its
 * {@link QuarkusHttpHeaders} (the same place its own {@code @Context APIGatewayV2HTTPEvent} producer reads). Outside
 * Lambda there is no such object and this resolver finds no one, so it is safe to leave on everywhere.
 */
public final class LambdaAuthorizerClaims implements ApproverIdentityResolver, AdminIdentityResolver {

    public static final String SUB = "sub";
    public static final String EMAIL = "email";
    public static final String PRACTICE_ID = "custom:practiceId";
    public static final String GROUPS = "cognito:groups";
    public static final String ADMIN_GROUP = "practice-admins";
    /** Operators create practices and may administer any; they need no practice claim. */
    public static final String OPERATOR_GROUP = "platform-operators";
    /** The practice's compliance officers: audit exports, and the only ones who may export text. */
    public static final String COMPLIANCE_GROUP = "compliance";

    @Override
    public Optional<Approver> resolve(HttpServerRequest request) {
        return claims(request).flatMap(LambdaAuthorizerClaims::approverFrom);
    }

    @Override
    public Optional<Caller> caller(HttpServerRequest request) {
        return claims(request).flatMap(LambdaAuthorizerClaims::callerFrom);
    }

    static Optional<Caller> callerFrom(Map<String, String> claims) {
        String sub = claims.get(SUB);
        String practiceId = claims.get(PRACTICE_ID);
        boolean operator = inGroup(claims.get(GROUPS), OPERATOR_GROUP);
        if (isBlank(sub) || (isBlank(practiceId) && !operator)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(sub.strip(), practiceId, inGroup(claims.get(GROUPS), ADMIN_GROUP), operator));
    }

    static Optional<Approver> approverFrom(Map<String, String> claims) {
        String sub = claims.get(SUB);
        String practiceId = claims.get(PRACTICE_ID);
        if (isBlank(sub) || isBlank(practiceId)) {
            return Optional.empty();
        }
        return Optional.of(new Approver(sub.strip(), claims.get(EMAIL), practiceId.strip(),
                inGroup(claims.get(GROUPS), ADMIN_GROUP), inGroup(claims.get(GROUPS), COMPLIANCE_GROUP)));
    }

    /**
     * API Gateway flattens an array claim to one string: {@code [practice-admins approvers]} (space separated, in
     * brackets); a single group may come bare. Only an exact group name counts.
     */
    static boolean inGroup(String groups, String group) {
        if (groups == null) {
            return false;
        }
        String list = groups.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1);
        }
        for (String name : list.split("[\\s,]+")) {
            if (name.strip().replace("\"", "").equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Map<String, String>> claims(HttpServerRequest request) {
        if (!(request.headers() instanceof QuarkusHttpHeaders headers)) {
            return Optional.empty();
        }
        Object context = headers.getContextObjects().get(APIGatewayV2HTTPEvent.RequestContext.class);
        if (!(context instanceof APIGatewayV2HTTPEvent.RequestContext requestContext)
                || requestContext.getAuthorizer() == null || requestContext.getAuthorizer().getJwt() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(requestContext.getAuthorizer().getJwt().getClaims());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
