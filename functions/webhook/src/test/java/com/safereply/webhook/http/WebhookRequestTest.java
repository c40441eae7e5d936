package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the HTTP API event becomes what the routes read; the routes' answers are covered end to end elsewhere. */
class WebhookRequestTest {

    /** The request from an event's parts, as {@link WebhookRequest#fromEvent} hands them over. */
    private static WebhookRequest request(String method, String path, String query, String body, boolean base64) {
        return WebhookRequest.of(method, path, Map.of("content-type", "application/json", "X-Hub-Signature-256", "sha256=ab"),
                query, body, base64);
    }

    @Test
    void aBase64BodyReachesTheRoutesAsTheExactBytesSent() {
        byte[] notUtf8 = {'{', (byte) 0xC3, (byte) 0x28, '}', 0};
        WebhookRequest request = request("POST", "/webhooks/meta", "",
                Base64.getEncoder().encodeToString(notUtf8), true);

        assertArrayEquals(notUtf8, request.body());
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8),
                request("POST", "/webhooks/meta", "", "é", false).body());
        assertArrayEquals(new byte[0], request("POST", "/webhooks/meta", null, null, false).body());
        assertThrows(WebhookRequest.UndecodableBodyException.class,
                () -> request("POST", "/webhooks/meta", "", "not base64!", true));
    }

    @Test
    void headersAreFoundWhateverTheirCase() {
        WebhookRequest request = request("POST", "/webhooks/meta", "", "{}", false);

        assertEquals("sha256=ab", request.header("x-hub-signature-256"));
        assertEquals("application/json", request.header("Content-Type"));
        assertNull(request.header("Authorization"));
    }

    @Test
    void queryParametersAreFormDecodedAndTheFirstOfARepeatedOneWins() {
        Map<String, String> query = WebhookRequest.query("hub.mode=subscribe&hub.challenge=1&hub.challenge=2"
                + "&crc_token=a+b%2Bc&flag&=empty-name&bad=%zz");

        assertEquals("subscribe", query.get("hub.mode"));
        assertEquals("1", query.get("hub.challenge"));
        assertEquals("a b+c", query.get("crc_token"));
        assertEquals("", query.get("flag"));
        assertEquals("%zz", query.get("bad"), "a malformed escape is kept as written");
        assertTrue(WebhookRequest.query(null).isEmpty());
    }

    @Test
    void oneTrailingSlashIsNotPartOfTheRoute() {
        assertEquals("/webhooks/meta", WebhookRequest.routedPath("/webhooks/meta/"));
        assertEquals("/", WebhookRequest.routedPath("/"));
        assertEquals("/", WebhookRequest.routedPath(null));
    }

    @Test
    void onlyJsonMediaTypesAreJson() {
        assertTrue(DeliveryRoute.isJson("application/json"));
        assertTrue(DeliveryRoute.isJson("Application/JSON; charset=utf-8"));
        assertTrue(DeliveryRoute.isJson("application/vnd.meta+json"));
        assertFalse(DeliveryRoute.isJson("text/json"));
        assertFalse(DeliveryRoute.isJson("application/x-www-form-urlencoded"));
        assertFalse(DeliveryRoute.isJson("json"));
        assertFalse(DeliveryRoute.isJson("application/"));
        assertFalse(DeliveryRoute.isJson("application/json/x"));
        assertFalse(DeliveryRoute.isJson(" "));
        assertFalse(DeliveryRoute.isJson(null));
    }
}
