package com.safereply.cli;

import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MiniLM tokenizer logs through SLF4J. Without a provider on the classpath SLF4J falls back to a no-op logger and
 * says so in three lines on stderr on every run, where a user reading the CLI's own messages would see them.
 */
class QuietLoggingTest {

    @Test
    void anSlf4jProviderIsOnTheClasspathSoSlf4jPrintsNoFallbackWarning() {
        boolean found = ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent();

        assertTrue(found, "no SLF4J provider: SLF4J would warn on stderr on every CLI run");
    }
}
