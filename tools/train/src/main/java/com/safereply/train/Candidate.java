package com.safereply.train;

import com.safereply.core.classify.learned.Prediction;

import java.util.List;

/** A learned classifier that can be fitted on some voices and asked about others. */
public interface Candidate {

    String name();

    Fitted fit(List<Item> training);

    interface Fitted {
        Prediction predict(Item item);
    }
}
