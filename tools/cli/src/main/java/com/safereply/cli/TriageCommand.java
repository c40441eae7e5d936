package com.safereply.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.core.TriageEngine;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;

/** {@code triage}: a comment in, its classification, the drafted reply and the guard's verdict out. */
final class TriageCommand implements LineProcessor {

    private final TriageEngine engine;
    private final PracticeProfile profile;
    private final TriageModel model;

    /** @param model the learned model the engine reads with, named on every line */
    TriageCommand(TriageEngine engine, PracticeProfile profile, TriageModel model) {
        this.engine = engine;
        this.profile = profile;
        this.model = model;
    }

    @Override
    public ObjectNode process(JsonNode line) {
        String id = TextField.id(line);
        Triage triage = engine.triage(new Comment(id, TextField.required(line, "text")), profile);
        Classification c = triage.classification();
        ObjectNode out = JsonLinesRunner.JSON.createObjectNode();
        out.set("id", line.hasNonNull("id") ? line.get("id") : out.nullNode());
        out.put("category", c.category().label());
        out.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
        out.put("emergency", c.emergency());
        out.put("crisis", c.crisis());
        out.put("contains_phi", c.containsPhi());
        out.put("language", c.language().code());
        out.put("draft", triage.reply().text());
        GuardJson.write(triage.check(), out.putObject("check"));
        out.put("action", triage.reply().action().label());
        out.put("third_party", c.thirdParty());
        out.put("jurisdiction", c.jurisdiction().name());
        out.put("template", triage.reply().templateId());
        // added with the learned model: the draft is the neutral holding reply because the category is uncertain
        out.put("low_confidence", c.lowConfidence());
        out.put("model", model.label());
        c.signals().forEach(out.putArray("signals")::add);
        return out;
    }
}
