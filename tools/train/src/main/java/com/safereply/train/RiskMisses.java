package com.safereply.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The corpus emergencies and crises a model misses out of fold at the chosen thresholds, one JSON line each (voice,
 * line, what was missed, the reading, the text): where the rules' risk words may lack a kind. A person reads them and
 * writes a general pattern with near-miss probes, never one for a single line. Corpus texts only, never the shared set.
 */
final class RiskMisses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RiskMisses() {
    }

    /** A line per gold emergency that emergency recall counts as missed, and per gold crisis not flagged as one. */
    static List<String> lines(List<Item> items, List<Prediction> outOfFold, Thresholds thresholds) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Example gold = items.get(i).example();
            Classification read = Combiner.combine(items.get(i).reading(), outOfFold.get(i), thresholds);
            boolean emergencyMissed = gold.emergency() && !Scores.emergencyCaught(read);
            boolean crisisMissed = gold.crisis() && !read.crisis();
            if (emergencyMissed || crisisMissed) {
                lines.add(JSON.createObjectNode().put("voice", gold.voice()).put("line", gold.line())
                        .put("missed", emergencyMissed ? (crisisMissed ? "emergency+crisis" : "emergency") : "crisis")
                        .put("read_as", read.category().name().toLowerCase(Locale.ROOT))
                        .put("text", gold.text()).toString());
            }
        }
        return lines;
    }
}
