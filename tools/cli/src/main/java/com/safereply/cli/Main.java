package com.safereply.cli;

import com.safereply.core.TriageEngine;
import com.safereply.core.profile.InvalidProfileException;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.profile.PracticeProfileParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code safereply-cli triage|check [--profile FILE]}: JSON lines in on stdin, one JSON line out per input line.
 * {@code safereply-cli practice put --file FILE}: see {@link PracticeCommand}.
 * Exit codes: 0 all lines processed, 1 some lines failed (each has an error line on stdout), 2 usage or profile error.
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_LINES_FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: java -jar safereply-cli.jar <command> [--profile FILE] [--model minilm|ngrams]
              triage   read {"id","text"} JSON lines (comments) on stdin; write the classification, the drafted reply
                       and the guard's verdict on it, one JSON line per input line. --model minilm (the default) is
                       the triage function's model, a MiniLM sentence embedding with the n-grams: about 170 comments/s
                       on two cores; --model ngrams reads the n-grams alone, some 80 times faster and a little less
                       accurate (docs/quality.md). Each line says which model read it ("model").
              check    read {"id","text","comment"?} JSON lines (text = a draft reply, comment = the comment it answers);
                       write {"id","verdict","safe","violations"} per line: verdict is safe (every sentence vetted),
                       review (free text no rule objects to) or unsafe (a rule fired); safe is verdict == "safe"
            Without --profile a built-in demo profile is used (US, published phone 555-0100). A profile's "phrasebook"
            (a list of sentences) counts as vetted for that practice.
              practice put --file practice.json [--operator NAME]
                       create or replace a practice (profile, channels, SLA, two-person rule) in the table named by
                       TABLE_NAME, through the same use case as the API: validated, versioned, audited
              audit    export a practice's audit trail from the table, or verify an export's hash chain
                       (java -jar safereply-cli.jar audit for its usage)""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
            err.println(USAGE_TEXT);
            return rest.isEmpty() ? USAGE : OK;
        }
        String command = rest.remove(0);
        if (command.equals("practice")) {
            return PracticeCommand.onDynamoDb().run(rest, System.getenv(), new PrintStream(out, true, StandardCharsets.UTF_8), err);
        }
        if (command.equals("audit")) {
            return AuditCommand.onDynamoDb().run(rest, in, out, err);
        }
        PracticeProfile profile;
        TriageModel model;
        try {
            model = TriageModel.from(rest);
            profile = profileFrom(rest);
        } catch (IllegalArgumentException | InvalidProfileException e) {
            err.println("safereply: " + e.getMessage());
            return USAGE;
        }
        LineProcessor processor = switch (command) {
            case "triage" -> model.command(profile, err);
            case "check" -> new CheckCommand(new TriageEngine().guard(), profile);
            default -> null;
        };
        if (processor == null) {
            err.println("safereply: unknown command '" + command + "'\n" + USAGE_TEXT);
            return USAGE;
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new JsonLinesRunner(processor, out, err).run(reader) ? OK : SOME_LINES_FAILED;
        } catch (UncheckedIOException e) {
            err.println("safereply: I/O error: " + e.getCause().getMessage());
            return SOME_LINES_FAILED;
        }
    }

    private static PracticeProfile profileFrom(List<String> options) {
        PracticeProfile profile = PracticeProfile.demo();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!option.equals("--profile")) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= options.size()) {
                throw new IllegalArgumentException("--profile needs a file");
            }
            Path file = Path.of(options.get(++i));
            try {
                profile = PracticeProfileParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read profile " + file + ": " + e.getMessage());
            }
        }
        return profile;
    }
}
