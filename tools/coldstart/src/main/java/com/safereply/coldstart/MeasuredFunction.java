package com.safereply.coldstart;

import java.nio.file.Path;
import java.util.Map;

/**
 * One function as Lambda would run it: its unzipped code, the handler string ({@code _HANDLER}), the environment
 * {@code template.yaml} gives it on top of the globals, the sample event its first invocation gets, what its table must
 * hold for that event to do real work, and the plain baseline it is compared with.
 */
public record MeasuredFunction(String name, Path codeDirectory, String handler, Map<String, String> environment,
                               Path firstEvent, LocalBackends.Seed seed, String baselineName) {

    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    public static final String PLAIN_HANDLER = "com.safereply.coldstart.baseline.PlainColdStartHandler::handleRequest";

    public MeasuredFunction {
        environment = Map.copyOf(environment);
    }

    public boolean isBaseline() {
        return baselineName == null;
    }
}
