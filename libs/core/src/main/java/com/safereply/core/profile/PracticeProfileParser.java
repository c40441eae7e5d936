package com.safereply.core.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Jurisdiction;
import com.safereply.core.model.Language;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a practice profile document. Strict on purpose: the profile is the only source of facts a
 * draft may carry, so a typo ({@code "publishedPhone"}) or an emergency number listed as the practice's line must be
 * refused, with a message that names the field, rather than silently produce drafts without a phone number.
 *
 * <pre>{@code
 * {"practiceId": "sunrise-dental", "name": "Sunrise Dental", "jurisdiction": "US", "languages": ["en", "es"],
 *  "publishedPhones": ["555-0100", {"number": "555-0188", "role": "privacy"}],
 *  "staffPublicNames": ["Maria"], "hours": "Mon-Fri 8am-5pm", "website": "https://sunrise.example"}
 * }</pre>
 */
public final class PracticeProfileParser {

    private static final Set<String> FIELDS = Set.of(
            "practiceId", "name", "jurisdiction", "languages", "publishedPhones", "staffPublicNames", "hours", "website",
            "phrasebook");
    /** Used in storage keys: no '#', no spaces. */
    private static final Pattern PRACTICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** Every common written form: 555-0100, (212) 555-0147, 212.555.0147, +1 212 555 0147, 020 7946 0321, +44 20 7946 0321. */
    private static final Pattern PHONE = Pattern.compile("\\+?(?:[0-9]|\\([0-9])[0-9 ().-]{2,24}");
    private static final Pattern ROLE = Pattern.compile("[a-z][a-z_ -]{0,31}");
    private static final Set<String> EMERGENCY_NUMBERS = Set.of("911", "999", "988", "112", "111", "116123");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]{3,200}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PracticeProfileParser() {
    }

    public static PracticeProfile parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException("(document)", "is not valid JSON");
        }
        return fromTree(root);
    }

    public static PracticeProfile fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException("(document)", "must be a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidProfileException(name, "is not a profile field (expected one of " + FIELDS + ")");
            }
        }
        String practiceId = requiredText(root, "practiceId");
        if (!PRACTICE_ID.matcher(practiceId).matches()) {
            throw new InvalidProfileException("practiceId", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        String name = requiredText(root, "name");
        if (name.length() > 200) {
            throw new InvalidProfileException("name", "must be at most 200 characters");
        }
        return new PracticeProfile(
                practiceId,
                name,
                jurisdiction(root),
                languages(root),
                phones(root),
                staffNames(root),
                optionalText(root, "hours"),
                website(root),
                phrasebook(root));
    }

    private static Jurisdiction jurisdiction(JsonNode root) {
        String value = requiredText(root, "jurisdiction");
        try {
            return Jurisdiction.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException("jurisdiction", "must be \"US\" or \"UK\", not \"" + value + "\"");
        }
    }

    private static List<Language> languages(JsonNode root) {
        JsonNode node = requiredArray(root, "languages");
        List<Language> languages = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "languages[" + i + "]";
            String code = textElement(node.get(i), field);
            try {
                Language language = Language.fromCode(code);
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidProfileException(field, "must be \"en\" or \"es\", not \"" + code + "\"");
            }
        }
        return languages;
    }

    private static List<PublishedPhone> phones(JsonNode root) {
        JsonNode node = requiredArray(root, "publishedPhones");
        List<PublishedPhone> phones = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "publishedPhones[" + i + "]";
            JsonNode element = node.get(i);
            PublishedPhone phone;
            if (element.isObject()) {
                String role = element.hasNonNull("role") ? textElement(element.get("role"), field + ".role") : null;
                if (role != null && !ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches()) {
                    throw new InvalidProfileException(field + ".role", "must be a short lowercase word such as \"nurse\"");
                }
                phone = new PublishedPhone(textElement(element.get("number"), field + ".number"), role);
            } else {
                phone = new PublishedPhone(textElement(element, field), null);
            }
            validatePhone(phone, field);
            phones.add(phone);
        }
        return phones;
    }

    private static void validatePhone(PublishedPhone phone, String field) {
        String digits = phone.digits();
        if (!PHONE.matcher(phone.number()).matches() || digits.length() < 7 || digits.length() > 15) {
            throw new InvalidProfileException(field, "must be a phone number with 7 to 15 digits, not \"" + phone.number() + "\"");
        }
        if (EMERGENCY_NUMBERS.contains(digits)) {
            throw new InvalidProfileException(field, "must be the practice's own number, not an emergency number");
        }
    }

    private static List<String> staffNames(JsonNode root) {
        JsonNode node = root.get("staffPublicNames");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidProfileException("staffPublicNames", "must be an array of names");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String name = textElement(node.get(i), "staffPublicNames[" + i + "]");
            if (name.length() > 100) {
                throw new InvalidProfileException("staffPublicNames[" + i + "]", "must be at most 100 characters");
            }
            names.add(name);
        }
        return names;
    }

    /** The practice's accepted sentences, vetted for this practice only ({@code phrasebook}: a list of sentences). */
    private static List<String> phrasebook(JsonNode root) {
        JsonNode node = root.get("phrasebook");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidProfileException("phrasebook", "must be an array of sentences");
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String sentence = textElement(node.get(i), "phrasebook[" + i + "]");
            if (sentence.length() > 500) {
                throw new InvalidProfileException("phrasebook[" + i + "]", "must be at most 500 characters");
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    private static String website(JsonNode root) {
        String website = optionalText(root, "website");
        if (website != null && !WEBSITE.matcher(website).matches()) {
            throw new InvalidProfileException("website", "must be an http(s) URL");
        }
        return website;
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidProfileException(field, "is required");
        }
        return textElement(node, field);
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : textElement(node, field);
    }

    private static JsonNode requiredArray(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidProfileException(field, "is required");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidProfileException(field, "must be a non-empty array");
        }
        return node;
    }

    private static String textElement(JsonNode node, String field) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidProfileException(field, "must be a non-empty string");
        }
        return node.asText().trim();
    }
}
