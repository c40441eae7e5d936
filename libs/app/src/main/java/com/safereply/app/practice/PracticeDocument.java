package com.safereply.app.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.app.Platform;
import com.safereply.core.model.Language;
import com.safereply.core.profile.InvalidProfileException;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PracticeProfileParser;
import com.safereply.core.profile.PublishedPhone;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON form of a {@link PracticeAccount}: what the seed command reads and what the store keeps, so there is one
 * format and one validator. Strict like the profile parser: unknown fields are refused with their name.
 *
 * <pre>{@code
 * {"profile": {"practiceId": "sunrise-dental", "name": "Sunrise Dental", "jurisdiction": "US", "languages": ["en"],
 *              "publishedPhones": ["555-0100"]},
 *  "channels": [{"platform": "facebook", "id": "104738291"}, {"platform": "x", "id": "99887766"}],
 *  "sla": {"normalMinutes": 120, "urgentMinutes": 15},
 *  "twoPersonRule": true}
 * }</pre>
 * {@code channels}, {@code sla} and {@code twoPersonRule} are optional (none, 120/15, false).
 */
public final class PracticeDocument {

    private static final Set<String> FIELDS = Set.of("profile", "channels", "sla", "twoPersonRule", "digest");
    private static final Set<String> DIGEST_FIELDS = Set.of("timeZone", "day", "hour", "enabled");
    private static final Set<String> CHANNEL_FIELDS = Set.of("platform", "id");
    private static final Set<String> SLA_FIELDS = Set.of("normalMinutes", "urgentMinutes");
    /** A week: anything longer is a typo, and escalation would never fire. */
    private static final int MAX_SLA_MINUTES = 7 * 24 * 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PracticeDocument() {
    }

    /** A channel named in a route ({@code platform}, {@code channelId}), checked like a document's channel. */
    public static ChannelRef channel(String platform, String channelId) {
        Platform p = platform(platform == null ? null : MAPPER.getNodeFactory().textNode(platform), "platform");
        return new ChannelRef(p, channelId(channelId == null ? null : MAPPER.getNodeFactory().textNode(channelId),
                "channelId"));
    }

    /**
     * The document fields that differ between two versions, as paths: {@code profile.name}, {@code sla},
     * {@code channels}, {@code twoPersonRule}. With no {@code before}, every field {@code after} has. Names only, so
     * the audit trail says what changed without copying values.
     */
    public static List<String> changedFields(PracticeAccount before, PracticeAccount after) {
        JsonNode old = before == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(tree(before));
        JsonNode now = MAPPER.valueToTree(tree(after));
        List<String> fields = new ArrayList<>();
        for (String name : List.of("profile", "channels", "sla", "twoPersonRule")) {
            JsonNode a = old.path(name);
            JsonNode b = now.path(name);
            if (name.equals("profile") && b.isObject()) {
                java.util.Set<String> keys = new java.util.TreeSet<>();
                a.fieldNames().forEachRemaining(keys::add);
                b.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    if (!a.path(key).equals(b.path(key))) {
                        fields.add("profile." + key);
                    }
                }
            } else if (!a.equals(b) && !(before == null && isEmpty(b))) {
                fields.add(name);
            }
        }
        return fields;
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isMissingNode() || (node.isArray() && node.isEmpty());
    }

    public static PracticeAccount parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidPracticeDocumentException("(document)", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPracticeDocumentException("(document)", "must be a JSON object");
        }
        rejectUnknown(root, FIELDS, "");
        JsonNode profileNode = root.get("profile");
        if (profileNode == null || profileNode.isNull()) {
            throw new InvalidPracticeDocumentException("profile", "is required");
        }
        PracticeProfile profile;
        try {
            profile = PracticeProfileParser.fromTree(profileNode);
        } catch (InvalidProfileException e) {
            throw new InvalidPracticeDocumentException("profile." + e.field(), problemOf(e));
        }
        return new PracticeAccount(profile, channels(root.get("channels")), sla(root.get("sla")),
                twoPersonRule(root.get("twoPersonRule")), digest(root.get("digest")));
    }

    public static String write(PracticeAccount practice) {
        return tree(practice).toString();
    }

    private static ObjectNode tree(PracticeAccount practice) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("profile", profile(practice.profile()));
        ArrayNode channels = root.putArray("channels");
        for (ChannelRef channel : practice.channels()) {
            channels.addObject().put("platform", channel.platform().label()).put("id", channel.channelId());
        }
        root.putObject("sla")
                .put("normalMinutes", practice.sla().normal().toMinutes())
                .put("urgentMinutes", practice.sla().urgent().toMinutes());
        root.put("twoPersonRule", practice.twoPersonRule());
        DigestSchedule digest = practice.digest();
        root.putObject("digest").put("timeZone", digest.zone().getId())
                .put("day", digest.day().name().toLowerCase(Locale.ROOT)).put("hour", digest.hour())
                .put("enabled", digest.enabled());
        return root;
    }

    private static ObjectNode profile(PracticeProfile p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("practiceId", p.practiceId());
        node.put("name", p.name());
        node.put("jurisdiction", p.jurisdiction().name());
        ArrayNode languages = node.putArray("languages");
        for (Language language : p.languages()) {
            languages.add(language.code());
        }
        ArrayNode phones = node.putArray("publishedPhones");
        for (PublishedPhone phone : p.publishedPhones()) {
            phones.addObject().put("number", phone.number()).put("role", phone.role());
        }
        if (!p.staffPublicNames().isEmpty()) {
            ArrayNode staff = node.putArray("staffPublicNames");
            p.staffPublicNames().forEach(staff::add);
        }
        if (p.hours() != null) {
            node.put("hours", p.hours());
        }
        if (p.website() != null) {
            node.put("website", p.website());
        }
        if (!p.phrasebook().isEmpty()) {
            ArrayNode phrasebook = node.putArray("phrasebook");
            p.phrasebook().forEach(phrasebook::add);
        }
        return node;
    }

    /** The problem part of the profile parser's message, which starts with its own prefix and the field. */
    private static String problemOf(InvalidProfileException e) {
        String prefix = "invalid practice profile: " + e.field() + " ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static List<ChannelRef> channels(JsonNode node) {
        List<ChannelRef> channels = new ArrayList<>();
        if (node == null || node.isNull()) {
            return channels;
        }
        if (!node.isArray()) {
            throw new InvalidPracticeDocumentException("channels", "must be an array");
        }
        for (int i = 0; i < node.size(); i++) {
            String field = "channels[" + i + "]";
            JsonNode element = node.get(i);
            if (!element.isObject()) {
                throw new InvalidPracticeDocumentException(field, "must be an object with platform and id");
            }
            rejectUnknown(element, CHANNEL_FIELDS, field + ".");
            Platform platform = platform(element.get("platform"), field + ".platform");
            String id = channelId(element.get("id"), field + ".id");
            ChannelRef channel = new ChannelRef(platform, id);
            if (channels.contains(channel)) {
                throw new InvalidPracticeDocumentException(field, "repeats an earlier channel");
            }
            channels.add(channel);
        }
        return channels;
    }

    private static String channelId(JsonNode node, String field) {
        String id = text(node, field);
        if (!id.matches("[A-Za-z0-9_.:-]{1,128}")) {
            throw new InvalidPracticeDocumentException(field, "must be 1-128 letters, digits, '_', '.', ':' or '-'");
        }
        return id;
    }

    private static SlaPolicy sla(JsonNode node) {
        if (node == null || node.isNull()) {
            return SlaPolicy.DEFAULT;
        }
        if (!node.isObject()) {
            throw new InvalidPracticeDocumentException("sla", "must be an object");
        }
        rejectUnknown(node, SLA_FIELDS, "sla.");
        long normal = minutes(node.get("normalMinutes"), "sla.normalMinutes", SlaPolicy.DEFAULT.normal().toMinutes());
        long urgent = minutes(node.get("urgentMinutes"), "sla.urgentMinutes", SlaPolicy.DEFAULT.urgent().toMinutes());
        if (urgent > normal) {
            throw new InvalidPracticeDocumentException("sla.urgentMinutes", "must not exceed sla.normalMinutes");
        }
        return SlaPolicy.ofMinutes(normal, urgent);
    }

    private static long minutes(JsonNode node, String field, long fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > MAX_SLA_MINUTES) {
            throw new InvalidPracticeDocumentException(field, "must be a whole number of minutes from 1 to " + MAX_SLA_MINUTES);
        }
        return node.asLong();
    }

    /** {@code {"timeZone": "America/Chicago", "day": "monday", "hour": 7, "enabled": true}}, each optional. */
    private static DigestSchedule digest(JsonNode node) {
        if (node == null || node.isNull()) {
            return DigestSchedule.DEFAULT;
        }
        if (!node.isObject()) {
            throw new InvalidPracticeDocumentException("digest", "must be an object");
        }
        rejectUnknown(node, DIGEST_FIELDS, "digest.");
        DigestSchedule d = DigestSchedule.DEFAULT;
        java.time.ZoneId zone = d.zone();
        if (node.hasNonNull("timeZone")) {
            try {
                zone = java.time.ZoneId.of(node.get("timeZone").asText());
            } catch (java.time.DateTimeException e) {
                throw new InvalidPracticeDocumentException("digest.timeZone", "must be an IANA time zone such as"
                        + " America/Chicago");
            }
        }
        java.time.DayOfWeek day = d.day();
        if (node.hasNonNull("day")) {
            try {
                day = java.time.DayOfWeek.valueOf(node.get("day").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidPracticeDocumentException("digest.day", "must be a day of the week, e.g. monday");
            }
        }
        int hour = d.hour();
        if (node.has("hour")) {
            if (!node.get("hour").isInt() || node.get("hour").asInt() < 0 || node.get("hour").asInt() > 23) {
                throw new InvalidPracticeDocumentException("digest.hour", "must be a whole number 0..23");
            }
            hour = node.get("hour").asInt();
        }
        boolean enabled = d.enabled();
        if (node.has("enabled")) {
            if (!node.get("enabled").isBoolean()) {
                throw new InvalidPracticeDocumentException("digest.enabled", "must be true or false");
            }
            enabled = node.get("enabled").asBoolean();
        }
        return new DigestSchedule(zone, day, hour, enabled);
    }

    private static boolean twoPersonRule(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidPracticeDocumentException("twoPersonRule", "must be true or false");
        }
        return node.asBoolean();
    }

    private static Platform platform(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return Platform.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPracticeDocumentException(field, "must be \"facebook\", \"instagram\", \"x\" or \"google\", not \""
                    + value + "\"");
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidPracticeDocumentException(field, "must be a non-empty string");
        }
        return node.asText().trim();
    }

    private static void rejectUnknown(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidPracticeDocumentException(prefix + name, "is not a known field (expected one of " + known + ")");
            }
        }
    }
}
