package com.safereply.sns.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every request any {@link SnsWireMock} of the test run received, decoded, one per line, in
 * {@code target/sns-wire/requests.txt} of the module under test: after the build, {@code tools/suite-scan}
 * searches these files (with the test logs) for the PHI words the tests' comments carry.
 */
final class WireRecord {

    static final Path FILE = Path.of("target", "sns-wire", "requests.txt");

    private WireRecord() {
    }

    static synchronized void append(String body) {
        String line = URLDecoder.decode(body, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ') + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record an SNS request for the PHI scan", e);
        }
    }
}
