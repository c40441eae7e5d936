package com.safereply.core.profile;

import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeProfileParserTest {

    private static final String VALID = """
            {"practiceId": "sunrise-dental", "name": "Sunrise Dental", "jurisdiction": "us", "languages": ["en", "es", "en"],
             "publishedPhones": ["555-0100", {"number": "555-0188", "role": "Privacy"}],
             "staffPublicNames": ["Maria"], "hours": "Mon-Fri 8am-5pm", "website": "https://sunrise.example"}""";

    @Test
    void readsEveryField() {
        PracticeProfile profile = PracticeProfileParser.parse(VALID);

        assertEquals("sunrise-dental", profile.practiceId());
        assertEquals("Sunrise Dental", profile.name());
        assertEquals(Jurisdiction.US, profile.jurisdiction());
        assertEquals(List.of(Language.EN, Language.ES), profile.languages(), "deduplicated, in order");
        assertEquals("555-0100", profile.mainPhone().number());
        assertEquals("555-0188", profile.phoneFor("privacy").orElseThrow().number());
        assertEquals(List.of("Maria"), profile.staffPublicNames());
        assertEquals("Mon-Fri 8am-5pm", profile.hours());
        assertEquals("https://sunrise.example", profile.website());
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        PracticeProfile profile = PracticeProfileParser.parse("""
                {"practiceId": "p1", "name": "Leeds Dental", "jurisdiction": "UK", "languages": ["en"],
                 "publishedPhones": ["020 7946 0321"]}""");

        assertEquals(Jurisdiction.UK, profile.jurisdiction());
        assertEquals(List.of(), profile.staffPublicNames());
        assertEquals(null, profile.hours());
        assertEquals("020 7946 0321", profile.mainPhone().number());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "practiceId     | {\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"]}",
            "practiceId     | {\"practiceId\":\"a#b\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"]}",
            "name           | {\"practiceId\":\"p\",\"name\":\" \",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"]}",
            "jurisdiction   | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"FR\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"]}",
            "languages      | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[],\"publishedPhones\":[\"555-0100\"]}",
            "languages[1]   | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\",\"fr\"],\"publishedPhones\":[\"555-0100\"]}",
            "publishedPhones | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"]}",
            "publishedPhones[0] | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"call us\"]}",
            "publishedPhones[1] | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\",\"911\"]}",
            "publishedPhones[0].number | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[{\"role\":\"nurse\"}]}",
            "staffPublicNames | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"],\"staffPublicNames\":\"Maria\"}",
            "website        | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"],\"website\":\"javascript:alert(1)\"}",
            "publishedPhone | {\"practiceId\":\"p\",\"name\":\"N\",\"jurisdiction\":\"US\",\"languages\":[\"en\"],\"publishedPhones\":[\"555-0100\"],\"publishedPhone\":\"x\"}",
            "(document)     | not json",
            "(document)     | [1, 2]",
    })
    void invalidProfilesAreRejectedNamingTheField(String field, String json) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> PracticeProfileParser.parse(json));

        assertEquals(field.trim(), e.field());
        assertTrue(e.getMessage().contains(field.trim()), e.getMessage());
    }

    @Test
    void nullDocumentIsRejected() {
        assertThrows(InvalidProfileException.class, () -> PracticeProfileParser.parse(null));
    }

    @Test
    void theDemoProfileIsUsWithTheDocumentedNumber() {
        PracticeProfile demo = PracticeProfile.demo();

        assertEquals(Jurisdiction.US, demo.jurisdiction());
        assertEquals("555-0100", demo.mainPhone().number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(212) 555-0147|2125550147", "212.555.0147|2125550147",
            "+1 212 555 0147|12125550147", "020 7946 0321|02079460321", "+44 20 7946 0321|442079460321",
            "555-0100|5550100", "+1 (305) 555-0199|13055550199"})
    void phoneNumbersAreAcceptedInEveryCommonWrittenForm(String written, String digits) {
        PracticeProfile profile = PracticeProfileParser.parse("""
                {"practiceId": "p", "name": "N", "jurisdiction": "US", "languages": ["en"],
                 "publishedPhones": ["%s"]}""".formatted(written));
        assertEquals(written, profile.mainPhone().number());
        assertEquals(digits, profile.mainPhone().digits());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"call us|publishedPhones[0]", "12|publishedPhones[0]", "911|publishedPhones[0]"})
    void aRefusedPhoneNamesItsField(String written, String field) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> PracticeProfileParser.parse("""
                {"practiceId": "p", "name": "N", "jurisdiction": "US", "languages": ["en"],
                 "publishedPhones": ["%s"]}""".formatted(written)));
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }

    @Test
    void thePhrasebookIsAListOfSentences() {
        PracticeProfile profile = PracticeProfileParser.parse("""
                {"practiceId": "p", "name": "N", "jurisdiction": "US", "languages": ["en"], "publishedPhones": ["555-0100"],
                 "phrasebook": ["Thanks so much for the kind words!", "Our whole team appreciates it."]}""");
        assertEquals(List.of("Thanks so much for the kind words!", "Our whole team appreciates it."), profile.phrasebook());
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> PracticeProfileParser.parse("""
                {"practiceId": "p", "name": "N", "jurisdiction": "US", "languages": ["en"], "publishedPhones": ["555-0100"],
                 "phrasebook": "Thanks!"}"""));
        assertTrue(e.getMessage().contains("phrasebook"), e.getMessage());
    }
}
