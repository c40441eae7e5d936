package com.safereply.suitescan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last word of the build: nothing the system printed while the whole test suite ran, and nothing it sent to
 * (the WireMock) SNS, contains a PHI word of the tests' comments or a test secret.
 *
 * <p>What is scanned: the {@code <system-out>} and {@code <system-err>} sections of every surefire XML report of the
 * other modules (surefire keeps each test's console output there: Quarkus and JBoss log lines, the JSON and EMF lines,
 * DynamoDB Local's chatter), any {@code *-output.txt} (when a module redirects output to files), and
 * {@code target/sns-wire/*.txt}, where {@code SnsWireMock} records every request it received. What is not: the
 * reports' test names and assertion messages, which quote test inputs on purpose (a parameterised test's name, a
 * failure message) and are not output of the system; they are outside the two sections read here.
 */
class SuiteOutputScanTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final String SELF = "suite-scan";

    /** Names, handles, contact details and conditions from the comments the integration tests send through. */
    static final List<String> PHI = List.of(
            "Quarrington", "oxcarbazepine", "555-301-7781",                        // webhook fault and replay tests
            "Okonkwo", "bart_okonkwo61", "methotrexate", "555-867-5309",           // notify whole-path test
            "Vandermeer", "gertie.vdm", "schizophrenia", "Wallaby",
            "Jane Roe", "jane.roe",                                                // review and store seeds
            "Sample Commenter", "sample_parent", "sample_user");                   // the events/ samples
    /** The secrets the tests configure (SignedTestProfile) and the local run's demo secrets. */
    static final List<String> SECRETS = List.of(
            "test-meta-app-secret", "test-meta-verify-token", "test-x-consumer-secret",
            "local-meta-app-secret", "local-meta-verify-token", "local-x-consumer-secret");
    /** Modules whose tests push sentinel comments through logging code: their reports must be there. */
    static final Set<String> MUST_HAVE_REPORTS =
            Set.of("libs/store", "functions/webhook", "functions/review", "libs/sns", "functions/notify");
    static final int MIN_REPORTS = 60;

    private static final Pattern CAPTURED = Pattern.compile(
            "<system-(?:out|err)>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</system-(?:out|err)>", Pattern.DOTALL);

    private record Captured(Path source, String text) {
    }

    private static List<Captured> captured;
    private static int reports;

    @BeforeAll
    static void readEverything() throws IOException {
        captured = new ArrayList<>();
        for (Path module : modules()) {
            Path reportsDir = module.resolve("target/surefire-reports");
            for (Path file : files(reportsDir)) {
                String name = file.getFileName().toString();
                if (name.startsWith("TEST-") && name.endsWith(".xml")) {
                    reports++;
                    Matcher m = CAPTURED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    StringBuilder out = new StringBuilder();
                    while (m.find()) {
                        out.append(m.group(1)).append('\n');
                    }
                    captured.add(new Captured(file, out.toString()));
                } else if (name.endsWith("-output.txt")) {
                    captured.add(new Captured(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            for (Path file : files(module.resolve("target/sns-wire"))) {
                captured.add(new Captured(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void theScanReadTheWholeSuitesOutput() {
        assertTrue(reports >= MIN_REPORTS, "only " + reports + " surefire reports: run the whole build first"
                + " (./mvnw verify), this module reads the others' target/surefire-reports");
        for (String module : MUST_HAVE_REPORTS) {
            assertTrue(captured.stream().anyMatch(c -> c.source().startsWith(ROOT.resolve(module))),
                    "no test reports of " + module);
        }
        // The logs really are in what was read: lines each function is known to print.
        for (String line : List.of("ingested platform=", "storage unavailable", "\"event\":\"draft_notification\"",
                "\"_aws\"")) {
            assertTrue(captured.stream().anyMatch(c -> c.text().contains(line)), "no captured output contains " + line);
        }
        long publishes = captured.stream().filter(c -> c.source().toString().contains("sns-wire"))
                .flatMap(c -> c.text().lines()).filter(l -> l.contains("Action=Publish")).count();
        assertTrue(publishes >= 10, "only " + publishes + " SNS publishes recorded");
    }

    @Test
    void everySentinelIsInTheTestsInputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (Path file : tree(ROOT.resolve("events"))) {
            inputs.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        for (Path module : modules()) {
            for (Path file : tree(module.resolve("src/test"))) {
                inputs.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (String sentinel : PHI) {
            assertTrue(inputs.stream().anyMatch(i -> i.contains(sentinel)), "no test input carries " + sentinel);
        }
        for (String secret : SECRETS) {
            assertTrue(inputs.stream().anyMatch(i -> i.contains(secret))
                            || Files.readString(ROOT.resolve("tools/local/src/main/resources/application.properties"))
                            .contains(secret), "no test or local configuration uses " + secret);
        }
    }

    @Test
    void noPhiWordAppearsInAnyLogLineOrSnsRequest() {
        assertNoneOf(PHI);
    }

    @Test
    void noSecretAppearsInAnyLogLineOrSnsRequest() {
        assertNoneOf(SECRETS);
    }

    private static void assertNoneOf(List<String> words) {
        List<String> found = new ArrayList<>();
        for (Captured c : captured) {
            String text = c.text().toLowerCase(Locale.ROOT);
            for (String word : words) {
                int at = text.indexOf(word.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    int from = c.text().lastIndexOf('\n', at) + 1;
                    int to = c.text().indexOf('\n', at);
                    found.add("'" + word + "' in " + ROOT.relativize(c.source()) + ": "
                            + c.text().substring(from, to < 0 ? c.text().length() : to).strip());
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " leak(s):\n" + String.join("\n", found));
    }

    /** Every module of the build, in each of the folders that hold modules. */
    private static List<Path> modules() throws IOException {
        List<Path> modules = new ArrayList<>();
        for (String folder : List.of("functions", "libs", "testing", "tools")) {
            try (Stream<Path> dirs = Files.list(ROOT.resolve(folder))) {
                dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals(SELF)).sorted()
                        .forEach(modules::add);
            }
        }
        return modules;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<Path> tree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
