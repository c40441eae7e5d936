package com.safereply.cognito;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.admin.ApproverAccount;
import com.safereply.app.practice.admin.ApproverAccounts;
import com.safereply.app.practice.admin.ApproverExistsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * {@link ApproverAccounts} on the approvers' Cognito user pool (template.yaml {@code ApproverUserPool}: e-mail is the
 * sign-in name, {@code custom:practiceId} is writable only by administrators, i.e. by this adapter's IAM role).
 *
 * <ul>
 *   <li>invite: {@code AdminCreateUser} with {@code email}, {@code email_verified} and {@code custom:practiceId};
 *   Cognito e-mails the temporary password. Admins are then added to {@value #ADMIN_GROUP}.</li>
 *   <li>find and disable: {@code AdminGetUser} first, and an account of another practice is "not found", so a user
 *   name from elsewhere never reaches {@code AdminDisableUser}.</li>
 *   <li>list: {@code ListUsers} cannot filter on custom attributes, so every page is read and filtered here; fine for
 *   the hundreds of approvers one pool holds, the reason to move to a group per practice if it ever holds more.</li>
 * </ul>
 * Any failure to reach Cognito (network, throttling, service errors) is {@link StoreUnavailableException}.
 */
public final class CognitoApproverAccounts implements ApproverAccounts {

    public static final String PRACTICE_ATTRIBUTE = "custom:practiceId";
    public static final String ADMIN_GROUP = "practice-admins";

    private final CognitoIdentityProviderClient client;
    private final String userPoolId;

    public CognitoApproverAccounts(CognitoIdentityProviderClient client, String userPoolId) {
        this.client = Objects.requireNonNull(client);
        if (userPoolId == null || userPoolId.isBlank()) {
            throw new IllegalArgumentException("the approvers' user pool id is required");
        }
        this.userPoolId = userPoolId;
    }

    @Override
    public ApproverAccount invite(String practiceId, String email, boolean admin) {
        UserType user;
        try {
            user = call("create approver", () -> client.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
                    .userAttributes(attribute("email", email), attribute("email_verified", "true"),
                            attribute(PRACTICE_ATTRIBUTE, practiceId))
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL)).user());
        } catch (UsernameExistsException e) {
            throw new ApproverExistsException();
        }
        if (admin) {
            call("add approver to admins", () -> client.adminAddUserToGroup(b -> b.userPoolId(userPoolId)
                    .username(user.username()).groupName(ADMIN_GROUP)));
        }
        return account(user.username(), user.attributes(), user.enabled(), user.userStatusAsString());
    }

    @Override
    public Optional<ApproverAccount> find(String practiceId, String username) {
        AdminGetUserResponse user;
        try {
            user = call("get approver", () -> client.adminGetUser(b -> b.userPoolId(userPoolId).username(username)));
        } catch (UserNotFoundException e) {
            return Optional.empty();
        }
        if (!practiceId.equals(value(user.userAttributes(), PRACTICE_ATTRIBUTE))) {
            return Optional.empty();
        }
        return Optional.of(account(user.username(), user.userAttributes(), user.enabled(), user.userStatusAsString()));
    }

    @Override
    public void disable(String practiceId, String username) {
        if (find(practiceId, username).isEmpty()) {
            return;
        }
        call("disable approver", () -> client.adminDisableUser(b -> b.userPoolId(userPoolId).username(username)));
    }

    @Override
    public List<ApproverAccount> list(String practiceId) {
        return call("list approvers", () -> {
            List<ApproverAccount> accounts = new ArrayList<>();
            client.listUsersPaginator(b -> b.userPoolId(userPoolId)).users().forEach(user -> {
                if (practiceId.equals(value(user.attributes(), PRACTICE_ATTRIBUTE))) {
                    accounts.add(account(user.username(), user.attributes(), user.enabled(),
                            user.userStatusAsString()));
                }
            });
            accounts.sort(Comparator.comparing(ApproverAccount::username));
            return accounts;
        });
    }

    private static ApproverAccount account(String username, List<AttributeType> attributes, Boolean enabled,
                                           String status) {
        return new ApproverAccount(username, value(attributes, "email"), !Boolean.FALSE.equals(enabled), status);
    }

    private static String value(List<AttributeType> attributes, String name) {
        if (attributes == null) {
            return null;
        }
        return attributes.stream().filter(a -> name.equals(a.name())).map(AttributeType::value).findFirst()
                .orElse(null);
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /** The answers the callers act on pass through; anything else means Cognito could not be used just now. */
    private static <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (UsernameExistsException | UserNotFoundException e) {
            throw e;
        } catch (SdkException e) {
            throw new StoreUnavailableException(operation + ": identity provider unavailable", e);
        }
    }
}
