package com.safereply.review.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.safereply.app.review.Approver;
import com.safereply.store.testing.MutableClock;

class LocalSessionTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final LocalSessionTokens tokens = new LocalSessionTokens(new byte[32], clock, Duration.ofMinutes(60));

    @Test
    void aTokenNamesItsApproverUntilItExpires() {
        LocalSessionTokens.Issued issued = tokens.issue("demo-approver", "sunrise-dental", "a@sunrise-dental.example");

        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), issued.expiresAt());
        assertEquals(new Approver("demo-approver", "a@sunrise-dental.example", "sunrise-dental"),
                tokens.verify(issued.token()).orElseThrow());
        clock.advance(Duration.ofMinutes(59));
        assertTrue(tokens.verify(issued.token()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(tokens.verify(issued.token()).isEmpty(), "expired at the hour");
    }

    @Test
    void aTamperedOrForeignTokenNamesNoOne() {
        String token = tokens.issue("demo-approver", "sunrise-dental", null).token();
        String body = token.substring(0, token.indexOf('.'));
        String otherPractice = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(body)).replace("sunrise-dental", "other-clinic")
                        .getBytes());

        assertTrue(tokens.verify(otherPractice + token.substring(token.indexOf('.'))).isEmpty(), "payload changed");
        assertTrue(tokens.verify(token + "x").isEmpty());
        assertTrue(tokens.verify("not-a-token").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertTrue(new LocalSessionTokens(otherKey, clock, Duration.ofMinutes(60)).verify(token).isEmpty(),
                "a token of another process (another key) is refused");
        assertTrue(LocalSessionTokens.withRandomKey(clock, Duration.ofMinutes(1))
                .verify(token).isEmpty());
    }

    @Test
    void partsThatCouldNotBeParsedBackAreRefusedByName() {
        IllegalArgumentException semicolon = assertThrows(IllegalArgumentException.class,
                () -> tokens.issue("a;b", "sunrise-dental", null));
        assertTrue(semicolon.getMessage().startsWith("approverId"), semicolon.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tokens.issue("a", " ", null));
        assertThrows(IllegalArgumentException.class, () -> tokens.issue("a", "p", "jos\u00e9@example.org"));
    }
}
