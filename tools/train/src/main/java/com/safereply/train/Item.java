package com.safereply.train;

import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.SparseVector;

/** An example as the candidates see it: the rules' reading (classification, tokens, cues) and its feature vector. */
public record Item(Example example, RulesReading reading, SparseVector features) {
}
