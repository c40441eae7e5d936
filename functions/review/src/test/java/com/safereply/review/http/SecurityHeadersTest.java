package com.safereply.review.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsOnlyThisOriginAndNeverInlineCode() {
        Map<String, String> headers = SecurityHeaders.headers("");
        String csp = headers.get("Content-Security-Policy");

        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertTrue(csp.contains("connect-src 'self';"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertEquals("no-store", headers.get("Cache-Control"));
    }

    @Test
    void theHostedUiOriginMayBeConnectedToForTheCodeExchange() {
        String csp = SecurityHeaders.headers("https://safereply-prod.auth.us-east-1.amazoncognito.com/")
                .get("Content-Security-Policy");

        assertTrue(csp.contains("connect-src 'self' https://safereply-prod.auth.us-east-1.amazoncognito.com;"), csp);
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.headers("http://plain.example"));
    }
}
