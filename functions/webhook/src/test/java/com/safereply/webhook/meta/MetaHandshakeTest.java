package com.safereply.webhook.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class MetaHandshakeTest {

    private final MetaHandshake handshake = new MetaHandshake("s3cr3t");

    @Test
    void echoesTheChallengeForTheRightToken() {
        MetaHandshake.Result result = handshake.answer("subscribe", "s3cr3t", "1158201444");
        assertEquals(new MetaHandshake.Accepted("1158201444"), result);
    }

    @Test
    void rejectsAWrongTokenAPrefixOfItAndAMissingOne() {
        assertInstanceOf(MetaHandshake.Rejected.class, handshake.answer("subscribe", "s3cr3T", "1"));
        assertInstanceOf(MetaHandshake.Rejected.class, handshake.answer("subscribe", "s3cr3", "1"));
        assertInstanceOf(MetaHandshake.Rejected.class, handshake.answer("subscribe", null, "1"));
    }

    @Test
    void rejectsAnyModeButSubscribe() {
        assertInstanceOf(MetaHandshake.Rejected.class, handshake.answer("unsubscribe", "s3cr3t", "1"));
        assertInstanceOf(MetaHandshake.Rejected.class, handshake.answer(null, "s3cr3t", "1"));
    }

    @Test
    void anEmptyConfiguredTokenNeverMatchesNotEvenAnEmptyParameter() {
        MetaHandshake unconfigured = new MetaHandshake("");
        assertInstanceOf(MetaHandshake.Rejected.class, unconfigured.answer("subscribe", "", "1"));
        assertInstanceOf(MetaHandshake.Rejected.class, new MetaHandshake(null).answer("subscribe", null, "1"));
    }

    @Test
    void refusesToEchoAChallengeThatIsNotAPlainToken() {
        assertInstanceOf(MetaHandshake.BadChallenge.class, handshake.answer("subscribe", "s3cr3t", null));
        assertInstanceOf(MetaHandshake.BadChallenge.class, handshake.answer("subscribe", "s3cr3t", "<script>alert(1)</script>"));
    }
}
