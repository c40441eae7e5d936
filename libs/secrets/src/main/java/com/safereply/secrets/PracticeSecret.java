package com.safereply.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A practice's platform-token secret, read (from a short cache, or fresh) and replaced whole. */
interface PracticeSecret {

    JsonNode read(String practiceId, boolean fresh);

    void replace(String practiceId, ObjectNode secret);
}
