package com.safereply.review.auth;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;

import com.safereply.app.practice.admin.Caller;
import com.safereply.app.review.Approver;

/**
 * Local runs only: act as an approver with {@code X-Dev-Approver: <sub>;<practiceId>[;<email>]}, and as an admin of
 * that practice by adding {@code X-Dev-Approver-Groups: practice-admins} (the stand-in for the {@code cognito:groups}
 * claim; same format as that claim, e.g. {@code [practice-admins approvers]}); {@code compliance} in it makes a compliance
 * officer of that practice. Anyone can send a
 * header, so this resolver is only installed when {@code safereply.review.dev-auth=true} (false by default and in
 * every deployed function; in AWS the API Gateway JWT authorizer is the only way in).
 */
public final class DevApproverHeader implements ApproverIdentityResolver, AdminIdentityResolver {

    public static final String HEADER = "X-Dev-Approver";
    public static final String GROUPS_HEADER = "X-Dev-Approver-Groups";

    @Override
    public Optional<Approver> resolve(HttpServerRequest request) {
        String value = request.getHeader(HEADER);
        if (value == null || value.isBlank() || !isPrintableAscii(value)) {
            return Optional.empty();
        }
        String[] parts = value.split(";", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        String groups = request.getHeader(GROUPS_HEADER);
        boolean usableGroups = groups != null && isPrintableAscii(groups);
        boolean admin = usableGroups && LambdaAuthorizerClaims.inGroup(groups, LambdaAuthorizerClaims.ADMIN_GROUP);
        boolean compliance = usableGroups
                && LambdaAuthorizerClaims.inGroup(groups, LambdaAuthorizerClaims.COMPLIANCE_GROUP);
        return Optional.of(new Approver(parts[0].strip(), parts.length == 3 ? parts[2].strip() : null, parts[1].strip(),
                admin, compliance));
    }

    /**
     * The same header for the administration routes; {@code platform-operators} in the groups header makes an
     * operator, whose practice part may be {@code -} (none).
     */
    @Override
    public Optional<Caller> caller(HttpServerRequest request) {
        String groups = request.getHeader(GROUPS_HEADER);
        boolean operator = groups != null && isPrintableAscii(groups)
                && LambdaAuthorizerClaims.inGroup(groups, LambdaAuthorizerClaims.OPERATOR_GROUP);
        String value = request.getHeader(HEADER);
        if (value == null || !isPrintableAscii(value)) {
            return Optional.empty();
        }
        String[] parts = value.split(";", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            return Optional.empty();
        }
        String practice = parts[1].strip();
        if (practice.isEmpty() || practice.equals("-")) {
            return operator ? Optional.of(Caller.operator(parts[0].strip())) : Optional.empty();
        }
        return resolve(request).map(a -> new Caller(a.sub(), a.practiceId(), a.practiceAdmin(), operator));
    }

    /**
     * HTTP servers hand header bytes over as Latin-1, so a UTF-8 "é" would become "Ã©" in the approver's identity (and
     * the audit trail). Ids and e-mail addresses here are ASCII: anything else is refused rather than guessed.
     */
    private static boolean isPrintableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
