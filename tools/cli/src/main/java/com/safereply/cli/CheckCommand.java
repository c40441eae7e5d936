package com.safereply.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.profile.PracticeProfile;

/** {@code check}: a draft reply (and optionally the comment it answers) in, the guard's verdict out. */
final class CheckCommand implements LineProcessor {

    private final SafetyGuard guard;
    private final PracticeProfile profile;

    CheckCommand(SafetyGuard guard, PracticeProfile profile) {
        this.guard = guard;
        this.profile = profile;
    }

    @Override
    public ObjectNode process(JsonNode line) {
        String draft = TextField.required(line, "text");
        String comment = TextField.optional(line, "comment");
        ObjectNode out = JsonLinesRunner.JSON.createObjectNode();
        out.set("id", line.hasNonNull("id") ? line.get("id") : out.nullNode());
        GuardJson.write(guard.check(draft, comment, profile), out);
        return out;
    }
}
