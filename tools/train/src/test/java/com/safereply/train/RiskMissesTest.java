package com.safereply.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What `TRAIN_MISSES` lists: gold emergencies the flag and the reading both miss, and crises not flagged as crises. */
class RiskMissesTest {

    private static final Thresholds THRESHOLDS = new Thresholds(0.05, 0.05, 0.5, 0.5, 0.3);

    private final FeatureHasher hasher = new FeatureHasher(10);
    private final CommentClassifier rules = new CommentClassifier();
    private final List<Item> items = new ArrayList<>();
    private final List<Prediction> outOfFold = new ArrayList<>();

    private void add(String text, Category label, boolean crisis, double modelEmergency, double modelCrisis) {
        RulesReading r = rules.read(new Comment("", text), PracticeProfile.demo());
        assertFalse(r.classification().emergency(), "the rules must stay out of this test: " + text);
        boolean emergency = label == Category.EMERGENCY;
        items.add(new Item(new Example("v9", items.size() + 1, text, label, emergency, crisis, emergency, false, "en", "x",
                "US"), r, hasher.features(r.tokens(), r.cues())));
        double[] categories = new double[Category.values().length];
        categories[Category.COMPLAINT.ordinal()] = 0.9;
        outOfFold.add(new Prediction(categories, modelEmergency, modelCrisis, 0.5, 0.1));
    }

    @Test
    void listsEachMissWithWhatWasMissedAndTheReadingAndNothingTheModelCaught() throws Exception {
        add("the wait here was long again today", Category.COMPLAINT, false, 0.01, 0.01);      // not gold risk
        add("something is very wrong with my dad today", Category.EMERGENCY, false, 0.9, 0.01); // caught
        add("my neighbour is acting strange tonight", Category.EMERGENCY, false, 0.01, 0.01);   // emergency missed
        add("i have decided about tonight", Category.EMERGENCY, true, 0.9, 0.01);               // crisis missed
        add("i am tired of all of it", Category.EMERGENCY, true, 0.01, 0.01);                   // both missed

        List<String> lines = RiskMisses.lines(items, outOfFold, THRESHOLDS);

        assertEquals(3, lines.size(), String.join("\n", lines));
        ObjectMapper json = new ObjectMapper();
        JsonNode emergency = json.readTree(lines.get(0));
        assertEquals("v9", emergency.get("voice").asText());
        assertEquals(3, emergency.get("line").asInt());
        assertEquals("emergency", emergency.get("missed").asText());
        assertEquals("complaint", emergency.get("read_as").asText());
        assertEquals("my neighbour is acting strange tonight", emergency.get("text").asText());
        JsonNode crisis = json.readTree(lines.get(1));
        assertEquals("crisis", crisis.get("missed").asText());
        assertEquals("emergency", crisis.get("read_as").asText(), "flagged and read as an emergency, not as a crisis");
        assertEquals("emergency+crisis", json.readTree(lines.get(2)).get("missed").asText());
    }
}
