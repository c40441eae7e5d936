package com.safereply.train;

import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.guard.SafetyGuard;
import com.safereply.core.guard.learned.DraftModel;
import com.safereply.core.guard.learned.DraftModelFile;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.core.redteam.RedTeamItem;
import com.safereply.core.redteam.RedTeamProfiles;
import com.safereply.core.redteam.RedTeamReport;
import com.safereply.core.redteam.RedTeamReport.Figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The guard's learned check: {@code guard-rounds} measures it held out by round (each round scored by a model fitted
 * on the other rounds, whose writers it never saw), {@code guard-fit} fits it on every round not marked held out and
 * writes it to libs/core.
 */
final class GuardCommands {

    static final Path ROUNDS = Path.of("libs/core/src/test/resources/redteam");
    /** Independently written safe replies (red-team item format), training data only: never a round. */
    static final Path SAFE_REPLIES = Path.of("tools/train/guard-corpus");
    static final Path MODEL = Path.of("libs/core/src/main/resources" + DraftModelFile.RESOURCE);
    /** A round folder holding this file is measured but not trained on (the file says why). */
    static final String HELD_OUT = "HELD-OUT.md";
    /**
     * Whole reply and one sentence alike (0.90). Just above every spec-ruled safe draft and sentence of the core unit
     * tests; held out by round on rounds 30-35 ({@code guard-rounds}) 0.95 would pass 7 more of 1,260 safe drafts and
     * block 24 fewer of 1,800 unsafe ones, so the lower, blocking side stays (docs/quality.md, "The learned check fitted
     * on every round").
     */
    static final double SHIPPED_THRESHOLD = 0.90;
    static final double SHIPPED_SENTENCE_THRESHOLD = 0.90;
    private static final double[] THRESHOLDS = {0.5, 0.7, 0.8, 0.85, 0.9, 0.95};
    /** Whole-reply and one-sentence thresholds moved together (the shipped pair has its own row). */
    private static final double[] BOTH_THRESHOLDS = {0.93, 0.95, 0.97, 0.98};

    /** Safe examples beside every round's drafts: the drafter's own wordings and the written safe replies. */
    private static final List<RedTeamItem> SAFE_EXAMPLES = safeExamples();

    private final CommentClassifier classifier = new CommentClassifier();
    private final DraftTrainer trainer = DraftTrainer.standard();

    /**
     * Leave one round out: rules alone against rules + the learned check at several thresholds. With round names, only
     * those rounds are held out (each still scored by a model fitted on all the others).
     */
    void heldOutByRound(List<String> only) throws IOException {
        List<Path> rounds = roundFolders();
        System.out.println("## Guard held out by round (" + trainer.describe() + ")\n");
        System.out.println("Each round is scored by a model fitted on the other rounds only. The rules' column is the "
                + "current guard's rules, which were fixed on rounds already read: only the newest round is unseen by them.\n");
        System.out.println("| Held-out round | Checks | unsafe not safe | unsafe unsafe | safe not unsafe |");
        System.out.println("|---|---|---|---|---|");
        RedTeamReport rulesOnly = new RedTeamReport(new SafetyGuard(classifier, neverFires()));
        for (Path held : rounds) {
            if (!only.isEmpty() && !only.contains(held.getFileName().toString())) {
                continue;
            }
            List<RedTeamItem> heldItems = RedTeamItem.readRound(held);
            List<RedTeamItem> training = new ArrayList<>(SAFE_EXAMPLES);
            for (Path other : rounds) {
                if (!other.equals(held)) {
                    training.addAll(SafeSentences.withSentences(RedTeamItem.readRound(other)));
                }
            }
            System.out.println(row(held.getFileName() + "", "rules alone", Figures.of(rulesOnly.score(heldItems))));
            DraftModel fitted = trainer.fit(training, SHIPPED_THRESHOLD);
            for (double t : THRESHOLDS) {
                DraftModel model = fitted.withThreshold(t);
                RedTeamReport report = new RedTeamReport(new SafetyGuard(classifier, model));
                System.out.println(row(held.getFileName() + "", String.format(Locale.ROOT, "rules + learned, threshold %.2f", t),
                        Figures.of(report.score(heldItems))));
            }
            for (double t : BOTH_THRESHOLDS) {
                DraftModel model = fitted.withThresholds(t, t);
                System.out.println(row(held.getFileName() + "", String.format(Locale.ROOT, "rules + learned, whole and one "
                        + "sentence %.2f", t), Figures.of(new RedTeamReport(new SafetyGuard(classifier, model)).score(heldItems))));
            }
            DraftModel shipped = fitted.withThresholds(SHIPPED_THRESHOLD, SHIPPED_SENTENCE_THRESHOLD);
            System.out.println(row(held.getFileName() + "", String.format(Locale.ROOT, "rules + learned, shipped thresholds "
                    + "(whole %.2f, one sentence %.2f)", SHIPPED_THRESHOLD, SHIPPED_SENTENCE_THRESHOLD),
                    Figures.of(new RedTeamReport(new SafetyGuard(classifier, shipped)).score(heldItems))));
        }
    }

    /** Fits on every round and writes the shipped model, stamped with the rounds' SHA-256. */
    void fit(double threshold, double sentenceThreshold) throws IOException {
        List<Path> rounds = roundFolders().stream().filter(r -> !Files.exists(r.resolve(HELD_OUT))).toList();
        List<RedTeamItem> all = new ArrayList<>(SAFE_EXAMPLES);
        for (Path round : rounds) {
            all.addAll(SafeSentences.withSentences(RedTeamItem.readRound(round)));
        }
        DraftModel model = trainer.fit(all, threshold).withThresholds(threshold, sentenceThreshold);
        List<Path> sources = new ArrayList<>(rounds);
        if (Files.isDirectory(SAFE_REPLIES)) {
            sources.add(SAFE_REPLIES);
        }
        String sha = sha256(sources);
        String trainedWith = trainer.describe() + "; " + (all.size() - SAFE_EXAMPLES.size()) + " drafts and safe sentences"
                + " from " + rounds.size() + " rounds and " + SAFE_EXAMPLES.size() + " safe examples (drafter wordings, written"
                + " safe replies and their sentences); threshold " + threshold + ", sentence threshold " + sentenceThreshold;
        Files.createDirectories(MODEL.getParent());
        try (OutputStream out = Files.newOutputStream(MODEL)) {
            DraftModelFile.write(new DraftModelFile.Loaded(model, sha, trainedWith), out);
        }
        DraftModel shipped;
        try (InputStream in = Files.newInputStream(MODEL)) {
            shipped = DraftModelFile.read(in).model();
        }
        System.out.println("Wrote " + MODEL + " (" + Files.size(MODEL) + " bytes), rounds sha256 " + sha);
        System.out.println("On its own training rounds (a fit, not a quality figure):\n");
        System.out.println("| Round | Checks | unsafe not safe | unsafe unsafe | safe not unsafe |");
        System.out.println("|---|---|---|---|---|");
        RedTeamReport report = new RedTeamReport(new SafetyGuard(classifier, shipped));
        for (Path round : rounds) {
            System.out.println(row(round.getFileName() + "", "shipped", Figures.of(report.score(RedTeamItem.readRound(round)))));
        }
    }

    private static List<RedTeamItem> safeExamples() {
        List<RedTeamItem> safe = new ArrayList<>(VettedExamples.of(profiles()));
        if (Files.isDirectory(SAFE_REPLIES)) {
            safe.addAll(SafeSentences.withSentences(RedTeamItem.readRound(SAFE_REPLIES)));
        }
        if (safe.stream().anyMatch(RedTeamItem::expectedUnsafe)) {
            throw new IllegalStateException(SAFE_REPLIES + " must hold safe replies only");
        }
        return safe;
    }

    private static List<PracticeProfile> profiles() {
        List<PracticeProfile> profiles = new ArrayList<>(RedTeamProfiles.all());
        profiles.add(PracticeProfile.demo());
        return profiles;
    }

    private static List<Path> roundFolders() throws IOException {
        try (Stream<Path> s = Files.list(ROUNDS)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** A model that never blocks: the rules alone, through the same guard. */
    private static DraftModel neverFires() {
        com.safereply.core.classify.learned.FeatureHasher hasher = new com.safereply.core.classify.learned.FeatureHasher(10);
        float[] bias = new float[DraftModel.HEADS];
        bias[DraftModel.UNSAFE] = -100f;
        return new DraftModel(hasher, new float[hasher.dimensions() * DraftModel.HEADS], bias, 0.5);
    }

    private static String row(String round, String checks, Figures f) {
        return String.format(Locale.ROOT, "| %s | %s | %d / %d (%.1f%%) | %d / %d (%.1f%%) | %d / %d (%.1f%%) |", round, checks,
                f.unsafeNotSafe(), f.unsafe(), Figures.percent(f.unsafeNotSafe(), f.unsafe()),
                f.unsafeUnsafe(), f.unsafe(), Figures.percent(f.unsafeUnsafe(), f.unsafe()),
                f.safeNotUnsafe(), f.safe(), Figures.percent(f.safeNotUnsafe(), f.safe()));
    }

    private static String sha256(List<Path> rounds) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path round : rounds) {
                for (Path file : Corpus.files(round)) {
                    digest.update((round.getFileName() + "/" + file.getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
