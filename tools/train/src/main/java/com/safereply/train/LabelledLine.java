package com.safereply.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.safereply.core.model.Category;

/**
 * One line of a labelled set measured but never trained on (the shared real set, a new voice before import). Crisis
 * and PHI are null when the set does not label them (the shared set has no crisis labels), so they are left out of
 * those figures rather than counted as "no"; emergency defaults to the category.
 */
record LabelledLine(String text, Category gold, boolean emergency, Boolean crisis, Boolean phi) {

    static LabelledLine parse(JsonNode n) {
        Category gold = Category.fromLabel(n.get("label").asText());
        Boolean phi = n.has("contains_phi") ? n.get("contains_phi").asBoolean() : null;
        Boolean crisis = n.has("crisis") ? n.get("crisis").asBoolean() : null;
        boolean emergency = n.has("emergency") ? n.get("emergency").asBoolean() : gold == Category.EMERGENCY;
        return new LabelledLine(n.get("text").asText(), gold, emergency, crisis, phi);
    }
}
