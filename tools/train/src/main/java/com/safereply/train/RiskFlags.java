package com.safereply.train;

import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The emergency and crisis flags one engine raised on a set of labelled comments, a line each, so that two engines'
 * flags can be joined afterwards ({@code train.sh either A B}): what raising a flag when <em>either</em> engine raises
 * it would catch, and what it would cost in false alarms, measured without a third engine being built. The fit writes
 * its out-of-fold flags ({@code $TRAIN_FLAGS}), a round its flags on texts the model never saw. Tab-separated: voice,
 * line, gold emergency, gold crisis, emergency caught (the flag or the emergency reading, as recall counts it), crisis
 * flag, category read. No comment text: the file says nothing a corpus line number does not.
 */
final class RiskFlags {

    static final String HEADER = "voice\tline\tgold_emergency\tgold_crisis\temergency\tcrisis\tcategory";

    /** One comment's gold and flags. */
    record Flags(String voice, int line, boolean goldEmergency, boolean goldCrisis, boolean emergency,
                 boolean crisis) {

        static Flags of(Example gold, Classification read) {
            return new Flags(gold.voice(), gold.line(), gold.emergency(), gold.crisis(), Scores.emergencyCaught(read),
                    read.crisis());
        }

        String key() {
            return voice + ":" + line;
        }

        Flags or(Flags other) {
            return new Flags(voice, line, goldEmergency, goldCrisis, emergency || other.emergency,
                    crisis || other.crisis);
        }
    }

    private RiskFlags() {
    }

    static void write(Path file, List<Example> gold, List<Classification> read) throws IOException {
        List<String> lines = new ArrayList<>(gold.size() + 1);
        lines.add(HEADER);
        for (int i = 0; i < gold.size(); i++) {
            Flags f = Flags.of(gold.get(i), read.get(i));
            lines.add(String.join("\t", f.voice(), Integer.toString(f.line()), bit(f.goldEmergency()),
                    bit(f.goldCrisis()), bit(f.emergency()), bit(f.crisis()),
                    read.get(i).category().name().toLowerCase(Locale.ROOT)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** A file's flags by voice and line, in file order; a line that is not seven fields stops the reading. */
    static Map<String, Flags> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + ": not a flags file (first line must be: " + HEADER + ")");
        }
        Map<String, Flags> flags = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + f.length + " fields, not 7");
            }
            Flags parsed = new Flags(f[0], Integer.parseInt(f[1]), flag(f[2]), flag(f[3]), flag(f[4]), flag(f[5]));
            if (flags.put(parsed.key(), parsed) != null) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + parsed.key() + " twice");
            }
            Category.valueOf(f[6].toUpperCase(Locale.ROOT));
        }
        return flags;
    }

    /**
     * The markdown table of {@code a}, {@code b} and their union: recall and precision of each flag. Both files must
     * cover the same comments with the same gold, or the union would count something neither measured.
     */
    static String either(String nameA, Map<String, Flags> a, String nameB, Map<String, Flags> b) {
        if (!a.keySet().equals(b.keySet())) {
            throw new IllegalArgumentException("the two files do not cover the same comments (" + a.size() + " and "
                    + b.size() + " lines)");
        }
        List<Flags> union = new ArrayList<>(a.size());
        for (Flags fa : a.values()) {
            Flags fb = b.get(fa.key());
            if (fa.goldEmergency() != fb.goldEmergency() || fa.goldCrisis() != fb.goldCrisis()) {
                throw new IllegalArgumentException(fa.key() + ": the two files disagree on the gold labels");
            }
            union.add(fa.or(fb));
        }
        return "| Flags from | Emergency recall | Emergency flag precision | False emergency flags | Crisis recall"
                + " | Crisis flag precision | False crisis flags |\n|---|---|---|---|---|---|---|\n"
                + row(nameA, a.values()) + row(nameB, b.values()) + row("either", union);
    }

    private static String row(String name, Iterable<Flags> flags) {
        int emergencies = 0, emergencyMissed = 0, emergencyFalse = 0;
        int crises = 0, crisisMissed = 0, crisisFalse = 0, crisisFlagged = 0, emergencyFlagged = 0;
        for (Flags f : flags) {
            emergencies += f.goldEmergency() ? 1 : 0;
            emergencyMissed += f.goldEmergency() && !f.emergency() ? 1 : 0;
            emergencyFalse += !f.goldEmergency() && f.emergency() ? 1 : 0;
            emergencyFlagged += f.emergency() ? 1 : 0;
            crises += f.goldCrisis() ? 1 : 0;
            crisisMissed += f.goldCrisis() && !f.crisis() ? 1 : 0;
            crisisFalse += !f.goldCrisis() && f.crisis() ? 1 : 0;
            crisisFlagged += f.crisis() ? 1 : 0;
        }
        return String.format(Locale.ROOT, "| %s | %.4f (%d missed of %d) | %.3f | %d | %.4f (%d missed of %d) | %.3f | %d |%n",
                name, ratio(emergencies - emergencyMissed, emergencies), emergencyMissed, emergencies,
                ratio(emergencyFlagged - emergencyFalse, emergencyFlagged), emergencyFalse,
                ratio(crises - crisisMissed, crises), crisisMissed, crises,
                ratio(crisisFlagged - crisisFalse, crisisFlagged), crisisFalse);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static boolean flag(String field) {
        return switch (field) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("a flag is 0 or 1, not '" + field + "'");
        };
    }
}
