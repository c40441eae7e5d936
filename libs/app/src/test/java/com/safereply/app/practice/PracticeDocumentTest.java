package com.safereply.app.practice;

import com.safereply.app.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PracticeDocumentTest {

    private static final String PROFILE = """
            {"practiceId": "sunrise", "name": "Sunrise Dental", "jurisdiction": "US", "languages": ["en", "es"],
             "publishedPhones": ["555-0100", {"number": "555-0188", "role": "privacy"}],
             "staffPublicNames": ["Maria"], "hours": "Mon-Fri 8-5", "website": "https://sunrise.example"}""";

    @Test
    void aFullDocumentSurvivesWriteAndParse() {
        PracticeAccount practice = PracticeDocument.parse("""
                {"profile": %s,
                 "channels": [{"platform": "facebook", "id": "1047"}, {"platform": "X", "id": "99"}],
                 "sla": {"normalMinutes": 60, "urgentMinutes": 10}, "twoPersonRule": true}""".formatted(PROFILE));

        assertEquals(List.of(new ChannelRef(Platform.FACEBOOK, "1047"), new ChannelRef(Platform.X, "99")), practice.channels());
        assertEquals(Duration.ofMinutes(10), practice.sla().urgent());
        assertEquals(practice, PracticeDocument.parse(PracticeDocument.write(practice)));
    }

    @Test
    void channelsSlaAndTwoPersonRuleHaveDefaults() {
        PracticeAccount practice = PracticeDocument.parse("{\"profile\": " + PROFILE + "}");

        assertEquals(List.of(), practice.channels());
        assertEquals(SlaPolicy.ofMinutes(120, 15), practice.sla());
        assertFalse(practice.twoPersonRule());
        assertEquals(practice, PracticeDocument.parse(PracticeDocument.write(practice)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(document)|[]",
            "profile|{}",
            "profiles|{\"profiles\": {}}",
            "profile.publishedPhone|{\"profile\": {\"publishedPhone\": \"555-0100\"}}",
            "channels[0].platform|{\"profile\": PROFILE, \"channels\": [{\"platform\": \"myspace\", \"id\": \"1\"}]}",
            "channels[0].id|{\"profile\": PROFILE, \"channels\": [{\"platform\": \"x\", \"id\": \"a#b\"}]}",
            "channels[0].pageId|{\"profile\": PROFILE, \"channels\": [{\"platform\": \"x\", \"pageId\": \"1\"}]}",
            "channels[1]|{\"profile\": PROFILE, \"channels\": [{\"platform\": \"x\", \"id\": \"1\"}, {\"platform\": \"x\", \"id\": \"1\"}]}",
            "sla.normalMinutes|{\"profile\": PROFILE, \"sla\": {\"normalMinutes\": 0}}",
            "sla.urgentMinutes|{\"profile\": PROFILE, \"sla\": {\"normalMinutes\": 10, \"urgentMinutes\": 30}}",
            "sla.urgentMinutes|{\"profile\": PROFILE, \"sla\": {\"urgentMinutes\": \"15\"}}",
            "twoPersonRule|{\"profile\": PROFILE, \"twoPersonRule\": \"yes\"}",
    })
    void invalidDocumentsAreRefusedNamingTheField(String field, String json) {
        InvalidPracticeDocumentException e = assertThrows(InvalidPracticeDocumentException.class,
                () -> PracticeDocument.parse(json.replace("PROFILE", PROFILE)));
        assertEquals(field, e.field(), e.getMessage());
    }
}
