package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code infra/local-env.json} is the {@code sam local invoke --env-vars} file. SAM only overrides variables the
 * template declares for a function, so a name the template lacks would be silently ignored; and it must hold demo
 * values only. The signed webhook samples are signed with these demo secrets, so that {@code sam local invoke} with this
 * file gets past the signature check (except the samples named {@code *bad-signature*}, which must not).
 */
class LocalEnvTest {

    @Test
    void everyLocalVariableIsOneTheTemplateDeclaresAndSecretsAreDemoValues() throws IOException {
        JsonNode env = new ObjectMapper().readTree(Repo.ROOT.resolve("infra/local-env.json").toFile());
        Iterator<Map.Entry<String, JsonNode>> sections = env.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            String name = section.getKey();
            boolean global = name.equals("Parameters");
            assertTrue(global || Repo.TEMPLATE.function(name).isPresent(), name + " is not a function of the template");
            section.getValue().fields().forEachRemaining(variable -> {
                String key = variable.getKey();
                boolean declared = global
                        ? Repo.TEMPLATE.functions().stream().anyMatch(f -> f.environment().containsKey(key))
                        : Repo.TEMPLATE.function(name).orElseThrow().environment().containsKey(key);
                assertTrue(declared, name + "." + key + " is not declared in template.yaml, so sam local ignores it");
                if (key.matches(".*(SECRET|TOKEN|PASSWORD).*")) {
                    assertTrue(variable.getValue().asText().startsWith("local-"),
                            name + "." + key + " must be an obvious demo value (local-...), never a real secret");
                }
            });
        }
    }

    /**
     * The other direction: every variable a function's template environment declares has a local value, so
     * {@code sam local invoke} never runs a function against a production default (a real Google or Graph URL).
     * {@code QUARKUS_LAMBDA_HANDLER} is fixed by the template and the same everywhere; the JVM and runtime settings of
     * the template's Globals are not configuration the functions read.
     */
    @Test
    void everyVariableTheTemplateGivesAFunctionHasALocalValue() throws IOException {
        JsonNode env = new ObjectMapper().readTree(Repo.ROOT.resolve("infra/local-env.json").toFile());
        List<String> missing = new java.util.ArrayList<>();
        for (SamFunction function : Repo.TEMPLATE.functions()) {
            for (String key : function.environment().keySet()) {
                if (Set.of("QUARKUS_LAMBDA_HANDLER", "DISABLE_SIGNAL_HANDLERS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")
                        .contains(key)) {
                    continue;
                }
                if (!env.path(function.logicalId()).has(key) && !env.path("Parameters").has(key)) {
                    missing.add(function.logicalId() + "." + key);
                }
            }
        }
        assertEquals(List.of(), missing, "variables without a local value in infra/local-env.json");
    }

    @Test
    void signedWebhookSamplesVerifyWithTheLocalDemoSecrets() throws IOException, GeneralSecurityException {
        JsonNode webhookEnv = new ObjectMapper().readTree(Repo.ROOT.resolve("infra/local-env.json").toFile())
                .path("WebhookFunction");
        Path events = Repo.ROOT.resolve("events");
        if (!Files.isDirectory(events)) {
            return;
        }
        List<Path> samples;
        try (Stream<Path> files = Files.list(events)) {
            samples = files.filter(f -> f.getFileName().toString().matches("(meta|x)-.*\\.json")).sorted().toList();
        }
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            JsonNode event = new ObjectMapper().readTree(sample.toFile());
            String body = event.path("body").asText("");
            if (event.path("isBase64Encoded").asBoolean()) {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            }
            String metaSignature = header(event, "x-hub-signature-256");
            String xSignature = header(event, "x-twitter-webhooks-signature");
            String expected;
            String actual;
            if (metaSignature != null) {
                actual = metaSignature;
                expected = "sha256=" + HexFormat.of().formatHex(hmac(webhookEnv.path("META_APP_SECRET").asText(), body));
            } else if (xSignature != null) {
                actual = xSignature;
                expected = "sha256=" + Base64.getEncoder().encodeToString(hmac(webhookEnv.path("X_CONSUMER_SECRET").asText(), body));
            } else {
                continue;
            }
            if (name.contains("bad-signature")) {
                assertTrue(!expected.equals(actual), name + " is named bad-signature but verifies");
            } else {
                assertEquals(expected, actual, name + ": signature does not verify with the demo secret in local-env.json");
            }
        }
    }

    private static String header(JsonNode event, String name) {
        Iterator<Map.Entry<String, JsonNode>> headers = event.path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().asText();
            }
        }
        return null;
    }

    private static byte[] hmac(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    }
}
