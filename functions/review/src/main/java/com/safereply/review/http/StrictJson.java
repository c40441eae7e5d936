package com.safereply.review.http;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly: unknown fields, wrong types, trailing content and malformed JSON are
 * {@link BadRequestException}s naming the field. The app's shared ObjectMapper stays lenient for everything else;
 * messages never quote the body (it may hold PHI).
 */
final class StrictJson {

    private static final ObjectMapper MAPPER = strictMapper();

    private StrictJson() {
    }

    static <T> T read(String body, Class<T> type, boolean emptyAllowed) {
        if (body == null || body.isBlank()) {
            if (emptyAllowed) {
                body = "{}";
            } else {
                throw new BadRequestException("a JSON body is required");
            }
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new BadRequestException("the body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException("unknown field \"" + e.getPropertyName() + "\" (known fields: "
                    + e.getKnownPropertyIds() + ")");
        } catch (JsonParseException e) {
            throw new BadRequestException("malformed JSON");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new BadRequestException(field.isEmpty() ? "the body must be a JSON object"
                    : "field \"" + field + "\" has the wrong type");
        } catch (JacksonException e) {
            throw new BadRequestException("malformed JSON");
        }
    }

    private static String path(JsonMappingException e) {
        List<String> names = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                names.add(reference.getFieldName());
            }
        }
        return String.join(".", names);
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
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
