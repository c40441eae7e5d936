package com.safereply.core.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Theme-labelled complaints from a test resource ({@code {"theme": "...", "text": "..."}} per line). */
final class LabelledComplaints {

    record Labelled(String text, ComplaintTheme theme) {}

    private LabelledComplaints() {
    }

    static List<Labelled> read(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> sample = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LabelledComplaints.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    sample.add(new Labelled(n.get("text").asText(),
                            ComplaintTheme.valueOf(n.get("theme").asText().toUpperCase(Locale.ROOT))));
                }
            }
        }
        return sample;
    }
}
