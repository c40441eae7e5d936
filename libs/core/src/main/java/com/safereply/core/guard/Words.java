package com.safereply.core.guard;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Word sets for the per-token lookups the guard makes on every draft. A {@link HashSet} rather than {@code Set.of}:
 * the immutable sets probe with a modulo and linear probing, which profiling showed as the largest single cost of the
 * per-token anchor checks; a hash table with a power-of-two mask is several times cheaper and answers the same.
 */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    static Set<String> copyOf(java.util.Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }
}
