package com.safereply.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Small helpers to build and read attribute values; reading errors name the attribute, never its value. */
final class Attrs {

    private Attrs() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static AttributeValue n(double value) {
        return AttributeValue.fromN(Double.toString(value));
    }

    static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    static AttributeValue time(Instant value) {
        return AttributeValue.fromS(Timestamps.format(value));
    }

    static AttributeValue strings(Collection<String> values) {
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (String v : values) {
            list.add(AttributeValue.fromS(v));
        }
        return AttributeValue.fromL(list);
    }

    /** Puts the attribute only when the value is present: absent and null mean the same to readers. */
    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    static void putIfPresent(Map<String, AttributeValue> item, String name, Instant value) {
        if (value != null) {
            item.put(name, time(value));
        }
    }

    static String requiredS(Map<String, AttributeValue> item, String name) {
        String value = optionalS(item, name);
        if (value == null) {
            throw corrupt(name);
        }
        return value;
    }

    static String optionalS(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static long requiredLong(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.n() == null) {
            throw corrupt(name);
        }
        return Long.parseLong(v.n());
    }

    static double requiredDouble(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.n() == null) {
            throw corrupt(name);
        }
        return Double.parseDouble(v.n());
    }

    static boolean requiredBool(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.bool() == null) {
            throw corrupt(name);
        }
        return v.bool();
    }

    static Instant requiredTime(Map<String, AttributeValue> item, String name) {
        return Timestamps.parse(requiredS(item, name));
    }

    static Instant optionalTime(Map<String, AttributeValue> item, String name) {
        String value = optionalS(item, name);
        return value == null ? null : Timestamps.parse(value);
    }

    static List<String> stringList(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || !v.hasL()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(v.l().size());
        for (AttributeValue element : v.l()) {
            values.add(element.s());
        }
        return values;
    }

    static <E extends Enum<E>> E requiredEnum(Map<String, AttributeValue> item, String name, Class<E> type) {
        String value = requiredS(item, name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw corrupt(name);
        }
    }

    static IllegalStateException corrupt(String name) {
        return new IllegalStateException("stored item has a missing or malformed attribute: " + name);
    }
}
