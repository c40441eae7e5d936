package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/webhooks.openapi.yaml} describes the routes the platforms call, which the review API's own OpenAPI
 * document does not: it must name exactly the webhook function's routes in the template, and the Google push's
 * outcomes exactly those the route can answer ({@code GoogleReviewIngest.Outcome}), so the document cannot fall behind.
 */
class WebhookOpenApiTest {

    private static final Path DOCUMENT = Repo.ROOT.resolve("docs/webhooks.openapi.yaml");
    private static final String WEBHOOK_FUNCTION = "WebhookFunction";

    @Test
    void describesExactlyTheWebhookFunctionsRoutes() throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        Map<String, Object> paths = Maps.map(SamYaml.load(DOCUMENT).get("paths"));
        paths.forEach((path, operations) -> Maps.map(operations).keySet()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        TreeSet<String> deployed = new TreeSet<>();
        Repo.TEMPLATE.function(WEBHOOK_FUNCTION).orElseThrow().routes().forEach(r -> deployed.add(r.routeKey()));

        assertEquals(deployed, documented);
    }

    @Test
    void theGooglePushOutcomesAreTheGoogleIngestOutcomes() throws IOException {
        // GooglePushRoute answers GoogleReviewIngest.Outcome's names; template-check reads the source, as it does for
        // the other modules (it depends on none of them).
        String source = Files.readString(Repo.ROOT.resolve(
                "libs/google/src/main/java/com/safereply/google/GoogleReviewIngest.java"));
        Matcher outcome = Pattern.compile("enum Outcome\\s*\\{([^}]*)\\}").matcher(source);
        assertEquals(true, outcome.find(), "GoogleReviewIngest declares enum Outcome");
        List<String> inCode = new ArrayList<>();
        for (String constant : outcome.group(1).split(",")) {
            if (!constant.isBlank()) {
                inCode.add(constant.strip());
            }
        }
        Map<String, Object> google = Maps.map(Maps.map(Maps.map(SamYaml.load(DOCUMENT).get("paths"))
                .get("/webhooks/google")).get("post"));
        Map<String, Object> schema = Maps.map(Maps.map(Maps.map(Maps.map(Maps.map(google.get("responses")).get("200"))
                .get("content")).get("application/json")).get("schema"));
        Object documented = Maps.map(Maps.map(schema.get("properties")).get("outcome")).get("enum");

        assertEquals(inCode, documented);
    }
}
