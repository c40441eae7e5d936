package com.safereply.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the local run's SNS stand-in received, read from its listing ({@code GET /local/published?from=N}: message
 * id, kind, draft id, practice, category, urgency; no texts). Counts NEW notifications per draft id, reading only the
 * entries published since the last read.
 */
final class PublishedNotifications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI listing;
    private final HttpClient http;
    private final Map<String, Integer> newPerDraft = new HashMap<>();
    private int read;

    /** @param sns the stand-in's base address, e.g. http://127.0.0.1:9911 */
    PublishedNotifications(URI sns, HttpClient http) {
        this.listing = sns.resolve("/local/published");
        this.http = http;
    }

    /** Skips everything published so far: a storm counts only what it caused. */
    void skipExisting() throws IOException, InterruptedException {
        read = fetch(Integer.MAX_VALUE).path("total").asInt();
    }

    /** Reads what was published since the last call; @return how many entries were new. */
    int refresh() throws IOException, InterruptedException {
        JsonNode page = fetch(read);
        JsonNode items = page.path("items");
        for (JsonNode item : items) {
            if ("new".equals(item.path("kind").asText()) && item.hasNonNull("draftId")) {
                newPerDraft.merge(item.get("draftId").asText(), 1, Integer::sum);
            }
        }
        read = page.path("from").asInt() + items.size();
        return items.size();
    }

    int newNotifications(String draftId) {
        return newPerDraft.getOrDefault(draftId, 0);
    }

    /**
     * Reads until every one of {@code draftIds} has a NEW notification and nothing new arrived for {@code quiet} (so a
     * late duplicate would still be seen), or until {@code limit}. @return the time it took
     */
    Duration awaitSettled(Set<String> draftIds, Duration limit, Duration quiet) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long lastNews = start;
        while (true) {
            long now = System.nanoTime();
            if (refresh() > 0) {
                lastNews = now;
            }
            boolean allNotified = draftIds.stream().allMatch(id -> newPerDraft.containsKey(id));
            if ((allNotified && now - lastNews >= quiet.toNanos()) || now > deadline) {
                return Duration.ofNanos(now - start);
            }
            Thread.sleep(250);
        }
    }

    private JsonNode fetch(int from) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(listing + "?from=" + from))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the local SNS listing " + listing + " answered HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
