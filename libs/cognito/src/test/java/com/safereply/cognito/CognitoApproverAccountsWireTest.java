package com.safereply.cognito;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.safereply.app.StoreUnavailableException;
import com.safereply.app.practice.admin.ApproverAccount;
import com.safereply.app.practice.admin.ApproverExistsException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The real Cognito client at the wire (AWS JSON 1.1, X-Amz-Target), with the service's documented shapes. */
class CognitoApproverAccountsWireTest {

    private static final String POOL = "us-east-1_AbCdEf123";
    private static final String TARGET = "AWSCognitoIdentityProviderService.";
    private static final String ADA = "3c1f5b1e-8d7a-4d7e-9a51-2f0b0c9f1a11";

    private WireMockServer wire;
    private CognitoIdentityProviderClient client;
    private CognitoApproverAccounts accounts;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort());
        wire.start();
        client = CognitoClients.create("us-east-1", Optional.of(URI.create(wire.baseUrl())));
        accounts = new CognitoApproverAccounts(client, POOL);
    }

    @AfterEach
    void stop() {
        client.close();
        wire.stop();
    }

    private static MappingBuilder action(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    private static String user(String username, String email, String practice, boolean enabled, String key) {
        return """
                {"%s": "%s", "Enabled": %s, "UserStatus": "FORCE_CHANGE_PASSWORD", "UserCreateDate": 1.764755e9,
                 "%s": [{"Name": "sub", "Value": "%s"}, {"Name": "email", "Value": "%s"},
                        {"Name": "custom:practiceId", "Value": "%s"}]}""".formatted(
                "Username", username, enabled, key, username, email, practice);
    }

    @Test
    void anInviteCreatesTheUserWithThePracticeAttributeAndAddsAnAdminToTheGroup() {
        wire.stubFor(action("AdminCreateUser").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"User\": " + user(ADA, "ada@harbor.example", "harbor-dental", true, "Attributes") + "}")));
        wire.stubFor(action("AdminAddUserToGroup").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));

        ApproverAccount ada = accounts.invite("harbor-dental", "ada@harbor.example", true);

        assertEquals(new ApproverAccount(ADA, "ada@harbor.example", true, "FORCE_CHANGE_PASSWORD"), ada);
        wire.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "AdminCreateUser"))
                .withRequestBody(equalToJson("""
                        {"UserPoolId": "us-east-1_AbCdEf123", "Username": "ada@harbor.example",
                         "UserAttributes": [{"Name": "email", "Value": "ada@harbor.example"},
                                            {"Name": "email_verified", "Value": "true"},
                                            {"Name": "custom:practiceId", "Value": "harbor-dental"}],
                         "DesiredDeliveryMediums": ["EMAIL"]}""")));
        wire.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo(TARGET + "AdminAddUserToGroup")).withRequestBody(equalToJson(
                "{\"UserPoolId\": \"" + POOL + "\", \"Username\": \"" + ADA + "\", \"GroupName\": \"practice-admins\"}")));
    }

    @Test
    void anApproverWhoIsNoAdminJoinsNoGroupAndAnExistingEmailIsAConflict() {
        wire.stubFor(action("AdminCreateUser").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"User\": " + user(ADA, "ada@harbor.example", "harbor-dental", true, "Attributes") + "}")));
        accounts.invite("harbor-dental", "ada@harbor.example", false);
        wire.verify(0, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "AdminAddUserToGroup")));

        wire.stubFor(action("AdminCreateUser").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\": \"UsernameExistsException\", \"message\": \"An account with the given email already exists.\"}")));
        assertThrows(ApproverExistsException.class, () -> accounts.invite("harbor-dental", "ada@harbor.example", false));
    }

    @Test
    void anotherPracticesUserIsNotFoundAndIsNeverDisabled() {
        wire.stubFor(action("AdminGetUser").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(user(ADA, "ada@harbor.example", "harbor-dental", true, "UserAttributes"))));
        wire.stubFor(action("AdminDisableUser").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));

        assertTrue(accounts.find("sunrise-dental", ADA).isEmpty());
        accounts.disable("sunrise-dental", ADA);
        wire.verify(0, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "AdminDisableUser")));

        assertEquals("ada@harbor.example", accounts.find("harbor-dental", ADA).orElseThrow().email());
        accounts.disable("harbor-dental", ADA);
        wire.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "AdminDisableUser"))
                .withRequestBody(equalToJson("{\"UserPoolId\": \"" + POOL + "\", \"Username\": \"" + ADA + "\"}")));

        wire.stubFor(action("AdminGetUser").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\": \"UserNotFoundException\", \"message\": \"User does not exist.\"}")));
        assertTrue(accounts.find("harbor-dental", "nobody").isEmpty());
    }

    @Test
    void theListReadsEveryPageAndKeepsOnlyThePracticesUsers() {
        wire.stubFor(action("ListUsers").withRequestBody(equalToJson("{\"UserPoolId\": \"" + POOL + "\"}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Users\": [" + user("b-user", "b@harbor.example", "harbor-dental", false, "Attributes")
                                + ", " + user("s-user", "s@sunrise.example", "sunrise-dental", true, "Attributes")
                                + "], \"PaginationToken\": \"page-2\"}")));
        wire.stubFor(action("ListUsers").withRequestBody(equalToJson(
                        "{\"UserPoolId\": \"" + POOL + "\", \"PaginationToken\": \"page-2\"}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Users\": [" + user("a-user", "a@harbor.example", "harbor-dental", true, "Attributes")
                                + "]}")));

        List<ApproverAccount> harbor = accounts.list("harbor-dental");

        assertEquals(List.of("a-user", "b-user"), harbor.stream().map(ApproverAccount::username).toList());
        assertFalse(harbor.get(1).enabled());
    }

    @Test
    void cognitoFailingIsUnavailableNotAnAnswer() {
        wire.stubFor(action("ListUsers").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\": \"TooManyRequestsException\", \"message\": \"Rate exceeded\"}")));
        assertThrows(StoreUnavailableException.class, () -> accounts.list("harbor-dental"));
    }
}
