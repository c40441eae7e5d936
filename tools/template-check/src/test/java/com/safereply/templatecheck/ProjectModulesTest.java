package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ProjectModulesTest {

    private static ProjectModules.Module module(String dependencies) {
        return new ProjectModules.Module("functions/m", "m", Set.of(), "<project><dependencies>" + dependencies
                + "</dependencies></project>");
    }

    @Test
    void aModuleUsingTheHttpExtensionIsAnHttpLambda() {
        assertTrue(module("<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda-http</artifactId></dependency>")
                .isHttpLambda());
    }

    @Test
    void aModuleThatExcludesTheExtensionFromAFunctionItServesLocallyIsNotALambda() {
        ProjectModules.Module local = module("<dependency><groupId>com.safereply</groupId><artifactId>safereply-webhook</artifactId>"
                + "<exclusions><exclusion><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda-http</artifactId>"
                + "</exclusion><exclusion><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></exclusion>"
                + "</exclusions></dependency>");
        assertFalse(local.isLambda());
    }
}
