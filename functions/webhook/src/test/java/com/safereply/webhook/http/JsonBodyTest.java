package com.safereply.webhook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.webhook.parse.RejectedChange;

/**
 * The answer bodies written field by field give the JSON that Jackson's bean serializer gave for the same records
 * (what the webhook answered before it wrote them itself): a component added to a record and not to its
 * {@code writeTo} fails here.
 */
class JsonBodyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** ErrorBody was annotated {@code @JsonInclude(NON_EMPTY)}. */
    private static final ObjectMapper NON_EMPTY = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private static JsonNode written(JsonBody body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
            body.writeTo(out);
        }
        return MAPPER.readTree(text.toString());
    }

    @Test
    void aDeliverySummaryIsWrittenAsItsBeanSerializerWroteIt() throws IOException {
        List<RejectedChange> rejected = List.of(new RejectedChange("entry[0].changes[1]", "value.comment_id is missing"),
                new RejectedChange("entry[1]", null));
        for (DeliverySummary summary : List.of(new DeliverySummary(1, 2, 3, 4, 5, 6, 7, 8, 9, rejected),
                new DeliverySummary(1, 0, 0, 0, 0, 0, 0, 0, 0, List.of()),
                new DeliverySummary(0, 0, 0, 0, 0, 0, 0, 0, 0, null))) {
            assertEquals(MAPPER.valueToTree(summary), written(summary), summary.toString());
        }
    }

    @Test
    void anErrorBodyIsWrittenAsItsBeanSerializerWroteIt() throws IOException {
        List<RejectedChange> rejected = List.of(new RejectedChange("entry[0]", "entry.id is missing"));
        for (ErrorBody error : List.of(new ErrorBody("not found"), new ErrorBody("no usable change in the delivery", rejected),
                new ErrorBody("", List.of()), new ErrorBody(null, null))) {
            assertEquals(NON_EMPTY.valueToTree(error), written(error), error.toString());
        }
        assertEquals(MAPPER.readTree("{\"error\":\"not found\"}"), written(new ErrorBody("not found")));
    }

    @Test
    void fieldsAreAnObjectOfStrings() throws IOException {
        Map<String, String> fields = Map.of("messageId", "m-1", "outcome", "CREATED");
        assertEquals(MAPPER.valueToTree(fields), written(JsonBody.fields(fields)));
    }
}
