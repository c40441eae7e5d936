package com.safereply.templatecheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-safe navigation of the loosely typed maps a YAML or JSON document loads into. */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /** Follows a path of keys; empty if any step is missing or not a map. */
    static Optional<Object> at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m) || !m.containsKey(key)) {
                return Optional.empty();
            }
            current = m.get(key);
        }
        return Optional.ofNullable(current);
    }

    static Optional<String> string(Object root, String... keys) {
        return at(root, keys).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(String::valueOf);
    }

    /** The logical id of {@code {Ref: X}}, or empty for anything else. */
    static Optional<String> ref(Object value) {
        return string(value, "Ref");
    }

    /** True when the value is an intrinsic function (Ref or Fn::...) rather than a literal. */
    static boolean isIntrinsic(Object value) {
        if (!(value instanceof Map<?, ?> m) || m.size() != 1) {
            return false;
        }
        String key = String.valueOf(m.keySet().iterator().next());
        return key.equals("Ref") || key.startsWith("Fn::");
    }
}
