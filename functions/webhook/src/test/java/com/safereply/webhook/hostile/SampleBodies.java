package com.safereply.webhook.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The valid (and deliberately broken) delivery bodies the generators start from: every POST body in the repo's
 * {@code events/} folder, plus shapes the folder lacks (X Activity API envelope, tweet deletes, extended tweets).
 */
public final class SampleBodies {

    private static final List<String> EXTRA = List.of(
            "{\"data\":{\"event_type\":\"post.create\",\"filter\":{\"user_id\":\"2244994945\"},\"payload\":{\"id\":\"1874000000000000009\","
                    + "\"text\":\"@SmileClinic hello\",\"author_id\":\"1111\",\"in_reply_to_user_id\":\"2244994945\",\"created_at\":\"2026-01-01T10:00:00.000Z\","
                    + "\"entities\":{\"mentions\":[{\"id\":\"2244994945\",\"username\":\"SmileClinic\"}]},"
                    + "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1873\"}]}}}",
            "{\"for_user_id\":\"2244994945\",\"tweet_delete_events\":[{\"status\":{\"id\":\"1874000000000000001\",\"user_id\":\"1111\"},"
                    + "\"timestamp_ms\":\"1767261600000\"}],\"favorite_events\":[{\"id\":\"x\"}]}",
            "{\"for_user_id\":\"2244994945\",\"tweet_create_events\":[{\"created_at\":\"Thu Jan 01 10:00:00 +0000 2026\",\"id_str\":\"77\","
                    + "\"text\":\"short\",\"extended_tweet\":{\"full_text\":\"@SmileClinic the long text\",\"entities\":{\"user_mentions\":"
                    + "[{\"id_str\":\"2244994945\"}]}},\"user\":{\"id_str\":\"1112\",\"name\":\"N\",\"screen_name\":\"n\"}}]}");

    private SampleBodies() {
    }

    public static List<byte[]> all() {
        List<byte[]> bodies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(eventsFolder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode event = json.readTree(file.toFile());
                String body = event.path("body").asText("");
                if ("POST".equals(event.path("requestContext").path("http").path("method").asText()) && !body.isEmpty()) {
                    bodies.add(body.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EXTRA.forEach(body -> bodies.add(body.getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(bodies);
    }

    private static Path eventsFolder() {
        URL url = SampleBodies.class.getClassLoader().getResource("events");
        if (url == null) {
            throw new IllegalStateException("events/ is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
