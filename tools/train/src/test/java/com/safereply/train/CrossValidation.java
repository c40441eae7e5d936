package com.safereply.train;

import com.safereply.core.classify.learned.Prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Held out by voice, the plain way: each voice predicted by a model fitted on the other voices only, one fold after
 * the other. The reference {@link NestedFolds} is checked against (it fits the same folds on a pool, and shares inner
 * fits between outer folds).
 */
final class CrossValidation {

    private CrossValidation() {
    }

    /** Out-of-fold predictions, leave one voice out; in the items' order. */
    static List<Prediction> outOfFold(Candidate candidate, List<Item> items) {
        List<String> voices = items.stream().map(i -> i.example().voice()).distinct().sorted().toList();
        Prediction[] out = new Prediction[items.size()];
        for (String voice : voices) {
            List<Item> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).example().voice().equals(voice)) {
                    held.add(i);
                } else {
                    training.add(items.get(i));
                }
            }
            if (training.isEmpty()) {
                continue;
            }
            Candidate.Fitted fitted = candidate.fit(training);
            for (int i : held) {
                out[i] = fitted.predict(items.get(i));
            }
        }
        if (Arrays.stream(out).anyMatch(p -> p == null)) {
            throw new IllegalStateException("out-of-fold predictions need at least two voices");
        }
        return Arrays.asList(out);
    }
}
