package com.safereply.review.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.safereply.review.wiring.ReviewConfig;

/** How the page is told to sign in, for each way the function can be configured. */
class PageResourceTest {

    @Test
    void theHostedUiEndpointsComeFromTheCognitoDomainAndClient() {
        PageResource.PageConfig config = new PageResource(config(false,
                "https://safereply-prod-123.auth.us-east-1.amazoncognito.com/", "client-1")).config();

        assertEquals("cognito", config.signIn());
        assertEquals("https://safereply-prod-123.auth.us-east-1.amazoncognito.com/oauth2/authorize", config.authorizeUrl());
        assertEquals("https://safereply-prod-123.auth.us-east-1.amazoncognito.com/oauth2/token", config.tokenUrl());
        assertEquals("https://safereply-prod-123.auth.us-east-1.amazoncognito.com/logout", config.logoutUrl());
        assertEquals("client-1", config.clientId());
        assertEquals("openid email", config.scope());
    }

    @Test
    void theLocalRunSignsInWithItsFormAndAnUnconfiguredFunctionOffersNothing() {
        assertEquals("local", new PageResource(config(true, "https://x.auth.example", "c")).config().signIn());
        PageResource.PageConfig none = new PageResource(config(false, null, "client-1")).config();
        assertEquals("none", none.signIn());
        assertNull(none.clientId());
        assertEquals("none", new PageResource(config(false, "https://x.auth.example", null)).config().signIn());
    }

    private static ReviewConfig config(boolean devAuth, String domain, String clientId) {
        return new ReviewConfig() {
            @Override
            public boolean devAuth() {
                return devAuth;
            }

            @Override
            public int localSessionMinutes() {
                return 60;
            }

            @Override
            public Page page() {
                return new Page() {
                    @Override
                    public Optional<String> cognitoDomain() {
                        return Optional.ofNullable(domain);
                    }

                    @Override
                    public Optional<String> cognitoClientId() {
                        return Optional.ofNullable(clientId);
                    }
                };
            }

            @Override
            public Optional<String> approverUserPoolId() {
                return Optional.empty();
            }

            @Override
            public Optional<String> cognitoEndpoint() {
                return Optional.empty();
            }
        };
    }
}
