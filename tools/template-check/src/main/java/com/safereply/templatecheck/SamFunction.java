package com.safereply.templatecheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Function} with the {@code Globals} applied: properties merged, environment variables of
 * the globals and the function together (as SAM does).
 */
public record SamFunction(String logicalId, Map<String, Object> properties, Map<String, Object> environment,
                          List<HttpRoute> routes, Map<String, Map<String, Object>> otherEvents) {

    public Optional<String> handler() {
        return Maps.string(properties, "Handler");
    }

    public Optional<String> runtime() {
        return Maps.string(properties, "Runtime");
    }

    public Optional<String> codeUri() {
        return Maps.string(properties, "CodeUri");
    }

    /**
     * The module directory under the repository root that builds this function, from a CodeUri of the form
     * {@code functions/<module>/target/function.zip}; empty when the CodeUri has another shape.
     */
    public Optional<String> moduleDir() {
        return codeUri().filter(uri -> uri.matches("functions/[a-z0-9-]+/target/function\\.zip"))
                .map(uri -> uri.substring(0, uri.indexOf("/target/")));
    }

    /** Events of one SAM type ({@code DynamoDB}, {@code Schedule}, ...), by event name. */
    public Map<String, Map<String, Object>> eventsOfType(String type) {
        Map<String, Map<String, Object>> found = new java.util.LinkedHashMap<>();
        otherEvents.forEach((name, event) -> {
            if (type.equals(event.get("Type"))) {
                found.put(name, Maps.map(event.get("Properties")));
            }
        });
        return found;
    }
}
