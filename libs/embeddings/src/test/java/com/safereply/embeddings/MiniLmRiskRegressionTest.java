package com.safereply.embeddings;

import com.safereply.core.FallbackObserver;
import com.safereply.core.RiskRegressionTest;
import com.safereply.core.TriageEngine;

/**
 * The risk regression suite of libs/core on the engine the triage function and the CLI run: the shipped model with
 * the MiniLM sentence embedding. Every emergency and crisis caught, every reply safe, as for the n-gram model.
 */
class MiniLmRiskRegressionTest extends RiskRegressionTest {

    private static final TriageEngine ENGINE = new TriageEngine(FallbackObserver.NONE, new MiniLmEmbedder());

    @Override
    protected TriageEngine engine() {
        return ENGINE;
    }
}
