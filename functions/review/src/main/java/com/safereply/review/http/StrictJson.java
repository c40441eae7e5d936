package com.safereply.review.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.safereply.core.text.BrokenText;

/**
 * Reads request bodies strictly, the one place every review body is checked: only application/json, at most 64 KB,
 * valid UTF-8; unknown fields, duplicate fields, wrong types, trailing content, malformed JSON and broken text (lone
 * surrogates, NUL, control characters: {@link BrokenText}) are {@link BadRequestException}s naming the field, in the
 * message and as {@link BadRequestException#field()} (a dotted path, {@code attestation.hide}, with array indexes in
 * brackets), so the error body's {@code field} points at it. The app's shared ObjectMapper stays lenient for
 * everything else; messages never quote the body (it may hold PHI).
 */
final class StrictJson {

    /** A reply is at most 2,000 characters: 64 KB is far above any real body and bounds what we parse. */
    static final int MAX_BODY_BYTES = 65_536;
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([A-Za-z0-9_]{1,64})'");
    /** A name we repeat back only when it looks like one of ours: a body's other names may be anything. */
    private static final Pattern OUR_KIND_OF_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** Stands for a field whose name is not repeated back. */
    static final String UNNAMED = "(a field)";
    private static final ObjectMapper MAPPER = strictMapper();

    private StrictJson() {
    }

    /**
     * @param body         the raw body bytes (decoded here, strictly: invalid UTF-8 is refused, not replaced)
     * @param contentType  the request's Content-Type; only application/json is read
     * @param emptyAllowed whether an empty body stands for {@code {}} (approve with If-Match)
     */
    static <T> T read(byte[] body, String contentType, Class<T> type, boolean emptyAllowed) {
        JsonNode tree = tree(body, contentType, emptyAllowed);
        try {
            T value = MAPPER.treeToValue(tree, type);
            if (value == null) {
                throw new BadRequestException("the body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new BadRequestException("unknown field \"" + field + "\" (known fields: "
                    + e.getKnownPropertyIds() + ")", field);
        } catch (JsonMappingException e) {
            throw wrongType(e);
        } catch (JacksonException e) {
            throw new BadRequestException("malformed JSON");
        }
    }

    /**
     * The body as a JSON object, with every check but the mapping to a type: for documents with a validator of their
     * own (the practice document), which then names the field.
     */
    static JsonNode tree(byte[] body, String contentType, boolean emptyAllowed) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > MAX_BODY_BYTES) {
            throw new RequestRefusedException(413, "body exceeds " + MAX_BODY_BYTES + " bytes");
        }
        String text = utf8(raw);
        boolean empty = text.isBlank();
        // An empty approve may come without a Content-Type; anything with a body must say it is JSON.
        if (!(empty && contentType == null) && !isJson(contentType)) {
            throw new RequestRefusedException(415, "content type must be application/json");
        }
        if (empty) {
            if (!emptyAllowed) {
                throw new BadRequestException("a JSON body is required");
            }
            text = "{}";
        }
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new BadRequestException("the body must be a JSON object");
            }
            refuseBrokenText(tree, "");
            return tree;
        } catch (JsonParseException e) {
            throw duplicateField(e).map(f -> new BadRequestException("duplicate field \"" + f + "\"", f))
                    .orElseGet(() -> new BadRequestException("malformed JSON"));
        } catch (JsonMappingException e) {
            throw wrongType(e);
        } catch (JacksonException e) {
            throw new BadRequestException("malformed JSON");
        }
    }

    /** Every text value (and field name) of every body goes through the one check; the answer names the field. */
    private static void refuseBrokenText(JsonNode node, String where) {
        if (node.isTextual()) {
            BrokenText.problem(node.textValue()).ifPresent(problem -> {
                throw new BadRequestException("field \"" + where + "\" holds " + problem, where);
            });
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                BrokenText.problem(field.getKey()).ifPresent(problem -> {
                    throw new BadRequestException("a field name holds " + problem);
                });
                refuseBrokenText(field.getValue(), where.isEmpty() ? field.getKey() : where + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseBrokenText(node.get(i), where + "[" + i + "]");
            }
        }
    }

    private static BadRequestException wrongType(JsonMappingException e) {
        String field = path(e);
        return field.isEmpty() ? new BadRequestException("the body must be a JSON object")
                : new BadRequestException("field \"" + field + "\" has the wrong type", field);
    }

    /**
     * Jackson says "Duplicate field 'version'"; the parser's context says where, so a nested duplicate is named by its
     * path ({@code attestation.hide}). Named only when every name on the way looks like one of ours.
     */
    private static Optional<String> duplicateField(JsonParseException e) {
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return Optional.empty();
        }
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return Optional.of(m.group(1));
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.add(0, "[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null && OUR_KIND_OF_NAME.matcher(at.getCurrentName()).matches()) {
                steps.add(0, at.getCurrentName());
            } else {
                return Optional.empty();
            }
        }
        return steps.isEmpty() ? Optional.of(m.group(1)) : Optional.of(joined(steps));
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadRequestException("body is not valid UTF-8");
        }
    }

    /** application/json only (a charset parameter is fine if it is UTF-8); text/plain, XML and +json are refused. */
    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype()
                    && (charset == null || "utf-8".equalsIgnoreCase(charset));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Where the mapping failed, as the error body names fields: {@code attestation.hide}, {@code items[2].id}. */
    /** The field's path; a name that does not look like one of ours is not repeated back ("(a field)" instead). */
    private static String path(JsonMappingException e) {
        List<String> steps = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                steps.add(OUR_KIND_OF_NAME.matcher(reference.getFieldName()).matches() ? reference.getFieldName()
                        : UNNAMED);
            } else if (reference.getIndex() >= 0) {
                steps.add("[" + reference.getIndex() + "]");
            }
        }
        return joined(steps);
    }

    private static String joined(List<String> steps) {
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.toString();
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // "text": 5 or "version": "3" are mistakes, not values to convert.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
