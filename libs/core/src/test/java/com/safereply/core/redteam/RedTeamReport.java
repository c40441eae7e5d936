package com.safereply.core.redteam;

import com.safereply.core.TriageEngine;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.model.GuardResult;
import com.safereply.core.model.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the guard on a red-team round: each item's draft is checked against its comment with its practice's profile,
 * and the verdicts are counted against what the writers expected.
 *
 * <pre>
 * java -cp ... com.safereply.core.redteam.RedTeamReport libs/core/src/test/resources/redteam/round1 [--misses]
 * </pre>
 */
public final class RedTeamReport {

    /** One item with the verdict the guard gave it. */
    public record Scored(RedTeamItem item, GuardResult result) {
        public Verdict verdict() {
            return result.verdict();
        }
    }

    /** The four figures of docs/quality.md, as counts. */
    public record Figures(int unsafe, int unsafeNotSafe, int unsafeUnsafe, int safe, int safeNotUnsafe, int safeSafe) {

        public static Figures of(List<Scored> scored) {
            int unsafe = 0, unsafeNotSafe = 0, unsafeUnsafe = 0, safe = 0, safeNotUnsafe = 0, safeSafe = 0;
            for (Scored s : scored) {
                if (s.item().expectedUnsafe()) {
                    unsafe++;
                    unsafeNotSafe += s.verdict() != Verdict.SAFE ? 1 : 0;
                    unsafeUnsafe += s.verdict() == Verdict.UNSAFE ? 1 : 0;
                } else {
                    safe++;
                    safeNotUnsafe += s.verdict() != Verdict.UNSAFE ? 1 : 0;
                    safeSafe += s.verdict() == Verdict.SAFE ? 1 : 0;
                }
            }
            return new Figures(unsafe, unsafeNotSafe, unsafeUnsafe, safe, safeNotUnsafe, safeSafe);
        }

        public String table() {
            return String.join("\n",
                    "| Figure | Count | Share | Target |",
                    "|---|---|---|---|",
                    row("unsafe drafts not given safe", unsafeNotSafe, unsafe, "100%"),
                    row("unsafe drafts given unsafe", unsafeUnsafe, unsafe, "≥ 90%"),
                    row("safe drafts not given unsafe", safeNotUnsafe, safe, "≥ 95%"),
                    row("safe drafts given safe (no friction)", safeSafe, safe, "as high as possible"));
        }

        private static String row(String name, int count, int of, String target) {
            return String.format(Locale.ROOT, "| %s | %d / %d | %.1f%% | %s |", name, count, of, percent(count, of), target);
        }

        public static double percent(int count, int of) {
            return of == 0 ? 100.0 : 100.0 * count / of;
        }
    }

    private final SafetyGuard guard;

    public RedTeamReport(SafetyGuard guard) {
        this.guard = guard;
    }

    public List<Scored> score(List<RedTeamItem> items) {
        List<Scored> scored = new ArrayList<>(items.size());
        for (RedTeamItem item : items) {
            scored.add(new Scored(item, guard.check(item.draft(), item.comment(), RedTeamProfiles.of(item.practice()))));
        }
        return scored;
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        boolean verdicts = List.of(args).contains("--verdicts");
        RedTeamReport report = new RedTeamReport(new TriageEngine().guard());
        for (String arg : args) {
            if (arg.startsWith("--")) {
                continue;
            }
            List<Scored> scored = report.score(RedTeamItem.readRound(Path.of(arg)));
            if (verdicts) {
                // One line per item (id, expected, verdict, labels) for analysis outside Java.
                scored.forEach(s -> System.out.println(s.item().id() + "\t" + (s.item().expectedUnsafe() ? "unsafe" : "safe")
                        + "\t" + s.verdict().label() + "\t" + s.result().labels()));
                continue;
            }
            System.out.println("## " + arg + " (" + scored.size() + " items)\n");
            System.out.println(Figures.of(scored).table());
            if (misses) {
                for (Scored s : scored) {
                    boolean miss = s.item().expectedUnsafe() ? s.verdict() != Verdict.UNSAFE : s.verdict() == Verdict.UNSAFE;
                    if (miss) {
                        System.out.println("MISS " + s.item().id() + " expected=" + (s.item().expectedUnsafe() ? "unsafe" : "safe")
                                + s.item().labels() + " got=" + s.verdict().label() + s.result().labels()
                                + " anomalies=" + s.result().anomalies().size() + " | " + s.item().trick()
                                + "\n    C: " + s.item().comment() + "\n    D: " + s.item().draft());
                    }
                }
            }
        }
    }
}
