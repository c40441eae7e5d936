package com.safereply.webhook.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded generator of hostile webhook bodies, most of them grown from a valid delivery so they get past the first
 * checks: random bytes, truncations, byte flips, spliced tokens, a field's value swapped for every other JSON type,
 * duplicate keys, invalid UTF-8, huge numbers and deep nesting.
 */
public final class HostileBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-0", "1e999", "\\u0000",
            "\\ud800", "\"object\"", "\"entry\"", "\"page\"", "\"for_user_id\"", "\"data\"", "\"changes\"", "\"value\"", "/*", "NaN"};
    /** Invalid UTF-8: lone continuation, bad lead, overlong '/', a UTF-16 surrogate encoded, cut multi-byte, beyond U+10FFFF. */
    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC3, (byte) 0x28}};

    private final Random random;
    private final List<byte[]> samples;

    public HostileBodies(long seed, List<byte[]> samples) {
        this.random = new Random(seed);
        this.samples = samples;
    }

    /** One hostile body, of a randomly chosen kind. */
    public byte[] next() {
        byte[] sample = samples.get(random.nextInt(samples.size()));
        return switch (random.nextInt(10)) {
            case 0 -> randomBytes(random.nextInt(600));
            case 1 -> Arrays.copyOf(sample, random.nextInt(sample.length + 1));
            case 2 -> flipBytes(sample);
            case 3 -> splice(sample);
            case 4 -> withInvalidUtf8(sample);
            case 5 -> withDuplicateKey(sample);
            default -> swapValues(sample);
        };
    }

    public byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipBytes(byte[] sample) {
        byte[] out = sample.clone();
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips && out.length > 0; f++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private byte[] splice(byte[] sample) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int at = random.nextInt(text.length() + 1);
        return (text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] withInvalidUtf8(byte[] sample) {
        int at = random.nextInt(sample.length + 1);
        byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
        byte[] out = new byte[sample.length + bad.length];
        System.arraycopy(sample, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(sample, at, out, at + bad.length, sample.length - at);
        return out;
    }

    /** Repeats the first key of a random object with another value: {@code {"object":"page","object":1,...}}. */
    public byte[] withDuplicateKey(byte[] sample) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length() / 2)));
        if (brace < 0) {
            brace = 0;
        }
        int keyEnd = text.indexOf("\":", brace);
        if (keyEnd < 0) {
            return sample;
        }
        String key = text.substring(brace + 1, keyEnd + 1);
        return (text.substring(0, brace + 1) + key + ":" + randomValue(0).toString() + "," + text.substring(brace + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Parses the sample and swaps one to three values anywhere in it for a value of a random type. */
    public byte[] swapValues(byte[] sample) {
        JsonNode root;
        try {
            root = JSON.readTree(sample);
        } catch (IOException notJson) {
            return flipBytes(sample);
        }
        if (root == null || !root.isContainerNode()) {
            return sample;
        }
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        int swaps = 1 + random.nextInt(3);
        for (int s = 0; s < swaps; s++) {
            JsonNode container = containers.get(random.nextInt(containers.size()));
            if (container instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                object.set(names.get(random.nextInt(names.size())), randomValue(0));
            } else if (container instanceof ArrayNode array && array.size() > 0) {
                array.set(random.nextInt(array.size()), randomValue(0));
            }
        }
        try {
            // A lone surrogate travels as the JSON escape a sender would write; raw, it could not be UTF-8.
            return JSON.writeValueAsString(root).replace("\uD800", "\\ud800").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectContainers(it.next(), out);
            }
        }
    }

    /** Every JSON type, including the awkward members of each: huge and negative numbers, broken strings, deep arrays. */
    private JsonNode randomValue(int depth) {
        return switch (random.nextInt(depth > 2 ? 14 : 17)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(Long.MAX_VALUE);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(300))));
            case 5 -> NODES.numberNode(-1L - random.nextInt(1000));
            case 6 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(300)));
            case 7 -> NODES.textNode("");
            case 8 -> NODES.textNode("\uD800 lone surrogate \u0000 nul \u202E rtl");
            case 9 -> NODES.textNode("x".repeat(random.nextInt(5_000)));
            case 10 -> NODES.textNode("99999999999999999999999");
            case 11 -> NODES.textNode("+999999999-12-31T23:59:59Z");
            case 12 -> NODES.textNode("Fri Feb 30 25:61:61 +9999 2020");
            case 13 -> NODES.textNode(Long.toString(random.nextLong()));
            case 14 -> deepArray(random.nextInt(60));
            case 15 -> {
                ObjectNode object = NODES.objectNode();
                object.set("id", randomValue(depth + 1));
                object.set("id_str", randomValue(depth + 1));
                yield object;
            }
            default -> NODES.arrayNode().add(randomValue(depth + 1)).add(randomValue(depth + 1));
        };
    }

    private static JsonNode deepArray(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int d = 0; d < depth; d++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    /** {@code depth} nested arrays (or objects), optionally inside a valid-looking Meta envelope. */
    public static byte[] deeplyNested(int depth, boolean objects, boolean inEnvelope) {
        StringBuilder body = new StringBuilder(depth * 6 + 64);
        if (inEnvelope) {
            body.append("{\"object\":\"page\",\"entry\":");
        }
        for (int d = 0; d < depth; d++) {
            body.append(objects ? "{\"a\":" : "[");
        }
        body.append("1");
        for (int d = 0; d < depth; d++) {
            body.append(objects ? "}" : "]");
        }
        if (inEnvelope) {
            body.append('}');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
