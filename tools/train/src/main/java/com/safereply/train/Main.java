package com.safereply.train;

import com.safereply.embeddings.MiniLmEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.classify.CommentClassifier;
import com.safereply.core.classify.RulesReading;
import com.safereply.core.classify.learned.Combiner;
import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LearnedClassifier;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.ModelFile;
import com.safereply.core.classify.learned.Thresholds;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.DoubleStream;

/**
 * {@code tools/train/train.sh <command>} from the repository root:
 * <ul>
 *   <li>{@code import <dir>}: the writers' files into the corpus, invalid lines, duplicates and shared-set texts left out;</li>
 *   <li>{@code validate}: corpus counts per voice, label, language, platform, locale and flag; rejected lines by reason;</li>
 *   <li>{@code compare}: held out by voice (leave one voice out), the rules alone against each candidate (the shipped
 *       logistic regression, naive Bayes, two MiniLM-embedding logistic regressions), every candidate's thresholds
 *       chosen on its training voices only; markdown on stdout; $TRAIN_THREADS fits at once (default: one per core);</li>
 *   <li>{@code fit}: thresholds from out-of-fold predictions over all voices, then the shipped model fitted on every
 *       voice and written to libs/core, stamped with the corpus's SHA-256 ($TRAIN_THREADS fits at once, as compare;
 *       thresholds from 10 folds of voices; $TRAIN_FOLDS=k another count for a trial, 0 leave one voice out, written
 *       to tools/train/target);</li>
 *   <li>{@code fit-minilm}: the same for the model with a MiniLM sentence embedding before the n-grams and cues
 *       (embeddings cached in tools/train/target), written beside the n-gram model in libs/core;</li>
 *   <li>{@code shared [file]}: the model file in libs/core and the rules alone on the shared real set (measuring only);</li>
 *   <li>{@code round [dir]}: the model file in libs/core on a round of writers' files it was not trained on, a row per
 *       voice and pooled (default: tools/train/awaiting-import; measuring only, {@link HeldOutRound}); for
 *       {@code shared} and {@code round}, $TRAIN_MODEL names another model file to measure (a trial's, an earlier one);</li>
 *   <li>{@code either <flags> <flags>}: two flag files written by {@code fit} or {@code round} with $TRAIN_FLAGS set
 *       (each comment's emergency and crisis flags, {@link RiskFlags}), joined: recall and precision of each, and of
 *       raising a flag when either raises it (measuring only);</li>
 *   <li>{@code speed}, {@code speed-minilm}: the n-gram or the MiniLM engine's model load time and per-comment triage
 *       latency, warm, one thread;</li>
 *   <li>{@code minilm-speed}: the MiniLM candidates' model load time and embedding time per comment, one thread;</li>
 *   <li>{@code minilm-throughput}: MiniLM embeddings per second, $TRAIN_THREADS threads (default one per core, up to
 *       four) sharing one session, the figure the CLI's throughput target would face;</li>
 *   <li>{@code minilm-batch-throughput}: the same in padded batches of 32 (windows of 256 sorted by length);</li>
 *   <li>{@code shared-minilm [file]}: the MiniLM + n-grams + cues candidate, thresholds from out-of-fold predictions
 *       over every voice ($TRAIN_FOLDS as fit) and fitted on every voice as {@code fit} does (nothing written): its
 *       out-of-fold figures held out by voice, then the shared real set beside the shipped model (measuring only; the
 *       shared texts are embedded in memory, never cached);</li>
 *   <li>{@code guard-rounds [round ...]}: the guard's learned check held out by red-team round (all, or the rounds
 *       named), against the rules alone;</li>
 *   <li>{@code guard-fit [threshold]}: the guard's learned check fitted on every round, written to libs/core;</li>
 *   <li>{@code themes-compare}, {@code themes-fit}, {@code themes-eval <file>}: the digest's complaint-theme model
 *       ({@link ThemeCommands}).</li>
 * </ul>
 */
public final class Main {

    static final Path CORPUS = Path.of("tools/train/corpus");
    static final Path MODEL = Path.of("libs/core/src/main/resources" + ModelFile.RESOURCE);
    /**
     * Where {@code fit} writes a trial: a model whose thresholds came from another fold count than the shipped one
     * ($TRAIN_FOLDS, leave one voice out included); a build artefact.
     */
    static final Path TRIAL_MODEL = Path.of("tools/train/target/trial-model.bin.gz");
    /** Where {@code fit-minilm} writes the model with a dense block, and its trial. */
    static final Path MINILM_MODEL = Path.of("libs/core/src/main/resources" + ModelFile.EMBEDDING_RESOURCE);
    static final Path TRIAL_MINILM_MODEL = Path.of("tools/train/target/trial-model-minilm.bin.gz");
    /**
     * Ten folds of voices (about fifteen writers held out at a time): leave one voice out gave the same thresholds
     * within 0.01 at 132 voices but took 132 fits and 75 minutes, and grows with every voice.
     */
    static final int SHIPPED_FOLDS = 10;
    static final int HASH_BITS = 18;

    private final CommentClassifier rules = new CommentClassifier();
    private final PracticeProfile profile = PracticeProfile.demo();
    private final FeatureHasher hasher = new FeatureHasher(HASH_BITS);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: train.sh import <dir>|validate|compare|fit|fit-minilm|shared [file]|round [dir]|either <flags> <flags>|speed|speed-minilm|minilm-speed|minilm-throughput|minilm-batch-throughput|guard-rounds [round ...]|guard-fit [threshold]|themes-compare|themes-fit|themes-eval <file>");
            System.exit(2);
        }
        Main main = new Main();
        switch (args[0]) {
            case "validate" -> main.validate();
            case "compare" -> main.compare();
            case "fit" -> main.fit();
            case "fit-minilm" -> main.fitMiniLm();
            case "shared" -> main.shared(args.length > 1 ? Path.of(args[1]) : sharedSet());
            case "round" -> main.round(Path.of(args.length > 1 ? args[1] : "tools/train/awaiting-import"));
            case "speed" -> Speed.run(main.load().examples());
            case "speed-minilm" -> Speed.runMiniLm(main.load().examples());
            case "minilm-speed" -> MiniLmSpeed.run(main.load().examples());
            case "minilm-throughput" -> MiniLmThroughput.run(main.load().examples(), threads());
            case "minilm-batch-throughput" -> MiniLmBatchThroughput.run(main.load().examples(), threads());
            case "shared-minilm" -> main.sharedMiniLm(args.length > 1 ? Path.of(args[1]) : sharedSet());
            case "guard-rounds" -> new GuardCommands().heldOutByRound(List.of(args).subList(1, args.length));
            case "guard-fit" -> new GuardCommands().fit(
                    args.length > 1 ? Double.parseDouble(args[1]) : GuardCommands.SHIPPED_THRESHOLD,
                    args.length > 2 ? Double.parseDouble(args[2]) : GuardCommands.SHIPPED_SENTENCE_THRESHOLD);
            case "themes-compare" -> new ThemeCommands().compare();
            case "themes-fit" -> new ThemeCommands().fit();
            case "themes-eval" -> {
                if (args.length < 2) {
                    System.err.println("usage: train.sh themes-eval <labelled complaints .jsonl>");
                    System.exit(2);
                }
                new ThemeCommands().evaluate(Path.of(args[1]));
            }
            case "either" -> {
                if (args.length < 3) {
                    System.err.println("usage: train.sh either <flags file> <flags file>");
                    System.exit(2);
                }
                System.out.println(RiskFlags.either(args[1], RiskFlags.read(Path.of(args[1])), args[2],
                        RiskFlags.read(Path.of(args[2]))));
            }
            case "import" -> Import.run(Path.of(args.length > 1 ? args[1] : "/work/incoming/corpus"), CORPUS,
                    Import.sharedKeys(sharedSet()));
            default -> {
                System.err.println("unknown command: " + args[0]);
                System.exit(2);
            }
        }
    }

    static Path sharedSet() {
        String env = System.getenv("SAFEREPLY_EVAL");
        return Path.of(env != null ? env : "../shared/eval/real_comments.jsonl");
    }

    Corpus load() throws IOException {
        return Corpus.load(CORPUS);
    }

    List<Item> featurize(List<Example> examples) {
        List<Item> items = new ArrayList<>(examples.size());
        for (Example e : examples) {
            RulesReading reading = rules.read(new Comment("", e.text()), profile);
            items.add(new Item(e, reading, hasher.features(reading.tokens(), reading.cues())));
        }
        return items;
    }

    void validate() throws IOException {
        Corpus corpus = load();
        List<Example> ex = corpus.examples();
        System.out.println("Corpus " + CORPUS + ": " + ex.size() + " comments from " + corpus.voices().size()
                + " voices; sha256 " + Corpus.sha256(CORPUS));
        System.out.println("Rejected: " + (corpus.rejected().isEmpty() ? "none" : corpus.rejected()));
        System.out.println();
        System.out.println("| Voice | Comments | " + String.join(" | ", Arrays.stream(Category.values()).map(Category::label).toList())
                + " | es | crisis | PHI | third party |");
        System.out.println("|---|---|" + "---|".repeat(Category.values().length + 4));
        for (String voice : corpus.voices()) {
            System.out.println(row(voice, ex.stream().filter(e -> e.voice().equals(voice)).toList()));
        }
        System.out.println(row("**all**", ex));
        System.out.println();
        for (Map.Entry<String, Function<Example, String>> by : Map.<String, Function<Example, String>>of(
                "language", Example::language, "platform", Example::platform, "locale", Example::locale).entrySet()) {
            Map<String, Integer> counts = new TreeMap<>();
            ex.forEach(e -> counts.merge(by.getValue().apply(e), 1, Integer::sum));
            StringBuilder s = new StringBuilder(by.getKey() + ":");
            counts.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %d (%.1f%%)", k, v, 100.0 * v / ex.size())));
            System.out.println(s);
        }
    }

    private static String row(String name, List<Example> ex) {
        StringBuilder s = new StringBuilder("| " + name + " | " + ex.size() + " |");
        for (Category c : Category.values()) {
            s.append(' ').append(ex.stream().filter(e -> e.label() == c).count()).append(" |");
        }
        s.append(' ').append(ex.stream().filter(e -> e.language().equals("es")).count()).append(" |");
        s.append(' ').append(ex.stream().filter(Example::crisis).count()).append(" |");
        s.append(' ').append(ex.stream().filter(Example::containsPhi).count()).append(" |");
        s.append(' ').append(ex.stream().filter(Example::thirdParty).count()).append(" |");
        return s.toString();
    }

    static final Path EMBEDDINGS = Path.of("tools/train/target/minilm-embeddings.bin");

    /** The shipped candidate, naive Bayes, and the two MiniLM candidates over the same comments. */
    List<Candidate> candidates(List<Item> items) throws IOException {
        LogisticRegression shipped = LogisticRegression.standard(hasher);
        Map<Item, float[]> embeddings = embed(items);
        return List.of(shipped, new NaiveBayes(hasher),
                EmbeddingLogisticRegression.withCues(shipped, items, embeddings::get, MiniLmEmbedder.DIMENSIONS),
                EmbeddingLogisticRegression.withCuesAndNgrams(shipped, items, embeddings::get, MiniLmEmbedder.DIMENSIONS,
                        hasher));
    }

    /**
     * Every comment's MiniLM embedding, from the cache in tools/train/target where a run already embedded it, the others
     * on $TRAIN_THREADS threads sharing one embedder.
     */
    private static Map<Item, float[]> embed(List<Item> items) throws IOException {
        MiniLmEmbedder minilm = new MiniLmEmbedder();
        Map<Item, float[]> out = new IdentityHashMap<>();
        long t0 = System.nanoTime();
        try (EmbeddingCache cache = new EmbeddingCache(EMBEDDINGS, MiniLmEmbedder.NAME, MiniLmEmbedder.DIMENSIONS,
                minilm::embed)) {
            cache.fill(items.stream().map(i -> i.example().text()).toList(), threads());
            for (Item item : items) {
                out.put(item, cache.get(item.example().text()));
            }
            System.err.printf(Locale.ROOT, "MiniLM embeddings: %d computed this run, %d comments looked up in %s, %.0f s%n",
                    cache.embedded(), cache.reused(), EMBEDDINGS, (System.nanoTime() - t0) / 1e9);
        }
        return out;
    }

    /** Fits at once by default: train.sh gives the MiniLM commands' JVM 4 GB, which holds four of their fits. */
    private static final int DEFAULT_MAX_THREADS = 4;

    /**
     * Fits at once: TRAIN_THREADS, by default one per core up to {@link #DEFAULT_MAX_THREADS}. Each fit is
     * single-threaded and deterministic, so the figures and the model file do not depend on it; only the wall time does.
     */
    private static int threads() {
        String env = System.getenv("TRAIN_THREADS");
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_THREADS);
        return env == null || env.isBlank() ? cores : Math.max(1, Integer.parseInt(env.trim()));
    }

    /**
     * Folds of voices for the out-of-fold predictions {@code fit} chooses thresholds on: TRAIN_FOLDS, by default
     * {@link #SHIPPED_FOLDS} (what the shipped model's thresholds and held-out figures come from; 0 is leave one voice
     * out, one fit per voice). Any other count is a trial: the weights are the same, the thresholds come from other
     * fold models, so the file goes to {@link #TRIAL_MODEL}, stamped as a trial.
     */
    private static int folds() {
        String env = System.getenv("TRAIN_FOLDS");
        return env == null || env.isBlank() ? SHIPPED_FOLDS : Integer.parseInt(env.trim());
    }

    private static boolean shippedFolds(int folds, int voices) {
        return NestedFolds.foldCount(folds, voices) == NestedFolds.foldCount(SHIPPED_FOLDS, voices);
    }

    private static boolean oneVoicePerFold(int folds, int voices) {
        return NestedFolds.foldCount(folds, voices) == voices;
    }

    private static String foldsName(int folds, int voices) {
        return oneVoicePerFold(folds, voices) ? "leave one voice out" : NestedFolds.foldCount(folds, voices)
                + " folds of voices";
    }

    void compare() throws IOException {
        Corpus corpus = load();
        List<Item> items = featurize(corpus.examples());
        List<String> voices = corpus.voices().stream()
                .filter(v -> items.stream().anyMatch(i -> i.example().voice().equals(v))).toList();
        List<Candidate> candidates = candidates(items);
        Scores rulesAll = new Scores();
        Map<String, Scores> rulesFolds = new TreeMap<>();
        for (Item i : items) {
            rulesFolds.computeIfAbsent(i.example().voice(), v -> new Scores()).add(i.example(), i.reading().classification());
            rulesAll.add(i.example(), i.reading().classification());
        }
        Scores[] all = new Scores[candidates.size()];
        Arrays.setAll(all, k -> new Scores());
        Map<String, StringBuilder> foldRows = new TreeMap<>();
        for (String voice : voices) {
            foldRows.put(voice, new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.3f |", voice,
                    rulesFolds.get(voice).total(), rulesFolds.get(voice).macroF1())));
        }
        StringBuilder thresholds = new StringBuilder();
        StringBuilder timing = new StringBuilder();
        ExecutorService pool = Executors.newFixedThreadPool(threads());
        try {
            for (int k = 0; k < candidates.size(); k++) {
                Candidate candidate = candidates.get(k);
                long t0 = System.nanoTime();
                for (NestedFolds.Fold f : NestedFolds.run(candidate, items, pool)) {
                    Thresholds t = ThresholdChooser.choose(f.training(), f.trainingOutOfFold());
                    Scores fold = Scores.of(f.held(), f.heldPredictions(), t);
                    all[k].addAll(fold);
                    foldRows.get(f.voice()).append(String.format(Locale.ROOT, " %.3f (emergency recall %.3f) |",
                            fold.macroF1(), fold.emergencyRecall()));
                    thresholds.append("- ").append(f.voice()).append(", ").append(candidate.name()).append(": ").append(t).append('\n');
                }
                double minutes = (System.nanoTime() - t0) / 60e9;
                timing.append(String.format(Locale.ROOT, "- %s: %.1f min%n", candidate.name(), minutes));
                // each candidate's pooled row as soon as it is known: the whole run takes an hour or more
                System.err.printf(Locale.ROOT, "%.1f min%n%s%n", minutes, all[k].summaryRow("Rules OR " + candidate.name()));
            }
        } finally {
            pool.shutdown();
        }
        StringBuilder folds = new StringBuilder("| Held-out voice | Comments | Rules alone |");
        candidates.forEach(c -> folds.append(' ').append(c.name()).append(" |"));
        folds.append("\n|---|---|---|").append("---|".repeat(candidates.size())).append('\n');
        foldRows.values().forEach(r -> folds.append(r).append('\n'));
        System.out.println("## Held out by voice: " + items.size() + " comments, " + voices.size() + " voices (leave one voice out)\n");
        System.out.println("Pooled over the folds (each comment predicted by a model that never saw its writer):\n");
        System.out.println(Scores.summaryHeader());
        System.out.println(rulesAll.summaryRow("Rules alone"));
        for (int k = 0; k < candidates.size(); k++) {
            System.out.println(all[k].summaryRow("Rules OR " + candidates.get(k).name()));
        }
        System.out.println("\nPer fold (macro-F1):\n");
        System.out.println(folds);
        System.out.println("### Per category, rules alone\n\n" + rulesAll.perClass());
        for (int k = 0; k < candidates.size(); k++) {
            System.out.println("### Per category, " + candidates.get(k).name() + "\n\n" + all[k].perClass());
            System.out.println("Confusion matrix (rows gold, columns predicted):\n\n" + all[k].confusionMatrix());
        }
        System.out.println("### Confusion matrix, rules alone\n\n" + rulesAll.confusionMatrix());
        System.out.println("### Thresholds chosen per fold (on the training voices' out-of-fold predictions)\n\n" + thresholds);
        System.out.println("### Time per candidate (" + threads() + " thread(s); every fold, nested fits included)\n\n" + timing);
    }

    /**
     * One trade-off table of a threshold that moves only the emergency <em>reading</em> (the flag's recall cannot
     * move): each value in [min, max] of {@code values}, once, in order, the chosen one marked, every other threshold
     * held at its chosen value. (The chooser picks the reading thresholds one after the other, each given those before
     * it, so a table may show a small gain that the chooser, earlier in its sequence, did not see.)
     */
    private static void printReadingTradeOff(String heading, String column, double[] values, double min, double max,
                                             double chosen, DoubleFunction<Thresholds> at, List<Item> items,
                                             List<com.safereply.core.classify.learned.Prediction> outOfFold) {
        System.out.println(heading);
        System.out.println("| " + column + " | Macro-F1 | Emergency flag recall | Flag precision | Emergency category recall | Category precision |");
        System.out.println("|---|---|---|---|---|---|");
        for (double v : DoubleStream.of(values).filter(v -> v >= min && v <= max).distinct().sorted().toArray()) {
            Scores s = Scores.of(items, outOfFold, at.apply(v));
            System.out.println(String.format(Locale.ROOT, "| %.2f%s | %.3f | %.3f (%d missed) | %.3f | %.3f | %.3f |", v,
                    v == chosen ? " (chosen)" : "", s.macroF1(), s.emergencyRecall(),
                    s.missedEmergencies(), s.emergencyPrecision(), s.recall(Category.EMERGENCY),
                    s.precision(Category.EMERGENCY)));
        }
    }

    void fit() throws IOException {
        Corpus corpus = load();
        List<Item> items = featurize(corpus.examples());
        int folds = folds();
        LogisticRegression lr = LogisticRegression.standard(hasher);
        // the model that ships needs no thresholds to be fitted: it trains beside the folds
        NestedFolds.OutOfFoldAndWhole<LinearModel> fitted =
                NestedFolds.outOfFoldBeside(lr, items, () -> lr.train(items), threads(), folds);
        write(corpus, items, folds, lr.name(), fitted, "", MODEL, TRIAL_MODEL,
                (loaded, item) -> loaded.model().predict(item.features()));
    }

    /**
     * The held-out winner (MiniLM embedding + hashed n-grams + rule cues) fitted and written exactly as {@code fit}
     * writes the n-gram model: thresholds from out-of-fold predictions, weights from every voice.
     */
    void fitMiniLm() throws IOException {
        Corpus corpus = load();
        List<Item> items = featurize(corpus.examples());
        int folds = folds();
        Map<Item, float[]> embeddings = embed(items);
        EmbeddingLogisticRegression stacked = EmbeddingLogisticRegression.withCuesAndNgrams(
                LogisticRegression.standard(hasher), items, embeddings::get, MiniLmEmbedder.DIMENSIONS, hasher);
        NestedFolds.OutOfFoldAndWhole<LinearModel> fitted =
                NestedFolds.outOfFoldBeside(stacked, items, () -> stacked.train(items), threads(), folds);
        write(corpus, items, folds, stacked.name(), fitted, MiniLmEmbedder.NAME, MINILM_MODEL, TRIAL_MINILM_MODEL,
                (loaded, item) -> loaded.model().predict(embeddings.get(item), item.features()));
    }

    /** How a written model is read back over a corpus comment, to check the quantised file as it will ship. */
    private interface ReadBack {
        com.safereply.core.classify.learned.Prediction predict(ModelFile.Loaded loaded, Item item);
    }

    /** Chooses the thresholds out of fold, prints their trade-offs, writes the model file and checks it read back. */
    private void write(Corpus corpus, List<Item> items, int folds, String recipe,
                       NestedFolds.OutOfFoldAndWhole<LinearModel> fitted, String embedder, Path shippedFile,
                       Path trialFile, ReadBack readBack) throws IOException {
        String heldOut = foldsName(folds, corpus.voices().size());
        boolean trial = !shippedFolds(folds, corpus.voices().size());
        // a trial's thresholds come from weaker fold models: it must never replace the file that ships by accident
        Path written = trial ? trialFile : shippedFile;
        List<com.safereply.core.classify.learned.Prediction> outOfFold = fitted.outOfFold();
        LinearModel model = fitted.whole();
        Thresholds t = ThresholdChooser.choose(items, outOfFold);
        System.out.println("Out-of-fold (" + heldOut + ") trade-off of the emergency and crisis thresholds:\n");
        System.out.println("| Threshold (emergency = crisis) | Macro-F1 | Emergency recall | Emergency precision | Crisis recall | Crisis precision |");
        System.out.println("|---|---|---|---|---|---|");
        for (double risk : new double[] {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}) {
            Scores s = Scores.of(items, outOfFold,
                    new Thresholds(risk, risk, t.containsPhi(), t.thirdParty(), t.lowConfidence()));
            System.out.println(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f (%d missed) | %.3f | %.3f (%d missed) | %.3f |", risk,
                    s.macroF1(), s.emergencyRecall(), s.missedEmergencies(), s.emergencyPrecision(), s.crisisRecall(),
                    s.missedCrises(), s.crisisPrecision()));
        }
        printReadingTradeOff("\nOut-of-fold trade-off of the emergency category threshold (flag thresholds as chosen: "
                        + t.emergency() + " / " + t.crisis() + "; the flag's recall does not move):\n",
                "Category threshold", new double[] {t.emergency(), 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, t.emergencyCategory()},
                t.emergency(), 1, t.emergencyCategory(), t::withEmergencyCategory, items, outOfFold);
        printReadingTradeOff("\nOut-of-fold trade-off of the crisis category threshold (the model's crisis score a crisis "
                        + "it alone raises needs to be read as an emergency; crisis flag threshold " + t.crisis()
                        + "; the flag's recall does not move):\n",
                "Crisis category", new double[] {t.crisis(), 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, t.crisisCategory()},
                t.crisis(), 1, t.crisisCategory(), t::withCrisisCategory, items, outOfFold);
        printReadingTradeOff("\nOut-of-fold trade-off of the rules' corroboration threshold (the model's emergency score a "
                        + "rules-only emergency needs to be read as one, and its emergency or crisis score a rules crisis "
                        + "named only; category threshold " + t.emergencyCategory()
                        + "; the flag's recall does not move):\n",
                "Corroboration", new double[] {0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.15, t.emergencyCategory(), t.rulesCorroboration()},
                0, t.emergencyCategory(), t.rulesCorroboration(), t::withRulesCorroboration, items, outOfFold);
        String sha = Corpus.sha256(CORPUS);
        String trainedWith = String.format(Locale.ROOT, "%s; %d comments, %d voices; hash bits %d; seed %d%s",
                recipe, items.size(), corpus.voices().size(), HASH_BITS, 20261203L,
                "; thresholds from " + heldOut + (trial ? " (a trial)" : ""));
        Files.createDirectories(written.getParent());
        try (OutputStream out = Files.newOutputStream(written)) {
            ModelFile.write(new ModelFile.Loaded(model, t, sha, trainedWith, embedder), out);
        }
        // what ships is the quantised file: check it on the corpus as it will be read
        ModelFile.Loaded shipped = readModel(written);
        Scores self = new Scores();
        for (Item i : items) {
            self.add(i.example(), Combiner.combine(i.reading(), readBack.predict(shipped, i), shipped.thresholds()));
        }
        System.out.println("Wrote " + written + " (" + Files.size(written) + " bytes), corpus sha256 " + sha
                + (trial ? "; a trial, not the file that ships (" + shippedFile + " is unchanged)" : ""));
        System.out.println("Thresholds: " + t);
        Scores atChosen = Scores.of(items, outOfFold, t);
        System.out.println(String.format(Locale.ROOT, "Out of fold (%s) at these thresholds: macro-F1 %.3f; emergency flag"
                        + " recall %.3f (%d missed of %d); crisis recall %.3f (%d missed of %d); emergency category"
                        + " recall %.3f, precision %.3f; PHI recall %.3f, precision %.3f", heldOut, atChosen.macroF1(),
                atChosen.emergencyRecall(), atChosen.missedEmergencies(), atChosen.emergencies(), atChosen.crisisRecall(),
                atChosen.missedCrises(), atChosen.crises(), atChosen.recall(Category.EMERGENCY),
                atChosen.precision(Category.EMERGENCY), atChosen.phiRecall(), atChosen.phiPrecision()));
        System.out.println("On its own training corpus (not a quality figure): macro-F1 "
                + String.format(Locale.ROOT, "%.3f", self.macroF1()));
        String missesFile = System.getenv("TRAIN_MISSES");
        if (missesFile != null && !missesFile.isBlank()) {
            List<String> misses = RiskMisses.lines(items, outOfFold, t);
            Files.write(Path.of(missesFile), misses, StandardCharsets.UTF_8);
            System.out.println("Wrote " + misses.size() + " out-of-fold risk misses to " + missesFile);
        }
        Path flagsFile = flagsFile();
        if (flagsFile != null) {
            List<Classification> reads = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                reads.add(Combiner.combine(items.get(i).reading(), outOfFold.get(i), t));
            }
            RiskFlags.write(flagsFile, items.stream().map(Item::example).toList(), reads);
            System.out.println("Wrote the out-of-fold emergency and crisis flags to " + flagsFile);
        }
    }

    /** $TRAIN_FLAGS: where fit and round write each comment's emergency and crisis flags ({@link RiskFlags}). */
    private static Path flagsFile() {
        String file = System.getenv("TRAIN_FLAGS");
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /**
     * The held-out comparison's winner, fitted like the shipped model: its out-of-fold figures held out by voice at
     * the thresholds chosen on them (comparable with {@code fit}'s), then the shared set: measuring only.
     */
    void sharedMiniLm(Path file) throws IOException {
        if (!Files.exists(file)) {
            System.err.println("shared set not found: " + file + " (set SAFEREPLY_EVAL)");
            System.exit(1);
        }
        Corpus training = load();
        List<Item> corpus = featurize(training.examples());
        int folds = folds();
        ObjectMapper json = new ObjectMapper();
        List<Item> shared = new ArrayList<>();
        List<Boolean[]> sharedFlags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            LabelledLine l = LabelledLine.parse(json.readTree(line));
            Example e = new Example("shared", shared.size() + 1, l.text(), l.gold(), l.emergency(),
                    Boolean.TRUE.equals(l.crisis()), Boolean.TRUE.equals(l.phi()), false, "", "", "");
            shared.addAll(featurize(List.of(e)));
            sharedFlags.add(new Boolean[] {l.crisis(), l.phi()});
        }
        Map<Item, float[]> embeddings = embed(corpus);
        MiniLmEmbedder minilm = new MiniLmEmbedder();
        shared.forEach(i -> embeddings.put(i, minilm.embed(i.example().text())));   // never written to the cache
        List<Item> all = new ArrayList<>(corpus);
        all.addAll(shared);
        EmbeddingLogisticRegression winner = EmbeddingLogisticRegression.withCuesAndNgrams(
                LogisticRegression.standard(hasher), all, embeddings::get, MiniLmEmbedder.DIMENSIONS, hasher);
        NestedFolds.OutOfFoldAndWhole<Candidate.Fitted> both =
                NestedFolds.outOfFoldBeside(winner, corpus, () -> winner.fit(corpus), threads(), folds);
        Thresholds t = ThresholdChooser.choose(corpus, both.outOfFold());
        // held out by voice first, comparable with fit's figures for the shipped model; the shared set is measured only
        Scores outOfFoldScores = Scores.of(corpus, both.outOfFold(), t);
        System.out.println("## Held out by voice (" + foldsName(folds, training.voices().size()) + ", " + corpus.size()
                + " comments; thresholds " + t + ")\n");
        System.out.println(Scores.summaryHeader());
        System.out.println(outOfFoldScores.summaryRow("Rules OR " + winner.name()));
        System.out.println("\n### Per category, held out, " + winner.name() + "\n\n" + outOfFoldScores.perClass());
        Candidate.Fitted fitted = both.whole();
        ModelFile.Loaded shipped = readModel(MODEL);
        LearnedClassifier learned = new LearnedClassifier(rules, shipped);
        Scores rulesScores = new Scores();
        Scores shippedScores = new Scores();
        Scores winnerScores = new Scores();
        for (int k = 0; k < shared.size(); k++) {
            Item i = shared.get(k);
            Example e = i.example();
            Boolean crisis = sharedFlags.get(k)[0];
            Boolean phi = sharedFlags.get(k)[1];
            rulesScores.add(e.label(), e.emergency(), crisis, phi, i.reading().classification());
            shippedScores.add(e.label(), e.emergency(), crisis, phi, learned.classify(i.reading()));
            winnerScores.add(e.label(), e.emergency(), crisis, phi, Combiner.combine(i.reading(), fitted.predict(i), t));
        }
        System.out.println("## Shared real set (" + shared.size() + " comments; measured only, never trained or tuned on)\n");
        System.out.println("Candidate: " + winner.name() + ", fitted on " + corpus.size() + " corpus comments; thresholds "
                + t + " from out-of-fold predictions over every voice (" + foldsName(folds, training.voices().size())
                + ")\n");
        System.out.println(Scores.summaryHeader());
        System.out.println(rulesScores.summaryRow("Rules alone"));
        System.out.println(shippedScores.summaryRow("Rules OR learned model (shipped)"));
        System.out.println(winnerScores.summaryRow("Rules OR " + winner.name()));
        System.out.println("\n### Per category, " + winner.name() + "\n\n" + winnerScores.perClass());
        System.out.println("Confusion matrix (rows gold, columns predicted):\n\n" + winnerScores.confusionMatrix());
    }

    void shared(Path file) throws IOException {
        if (!Files.exists(file)) {
            System.err.println("shared set not found: " + file + " (set SAFEREPLY_EVAL)");
            System.exit(1);
        }
        Path modelFile = measuredModelFile();
        ModelFile.Loaded shipped = readModel(modelFile);
        LearnedClassifier learned = classifierFor(shipped);
        ObjectMapper json = new ObjectMapper();
        Scores rulesScores = new Scores();
        Scores modelScores = new Scores();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            LabelledLine l = LabelledLine.parse(json.readTree(line));
            RulesReading reading = rules.read(new Comment("", l.text()), profile);
            rulesScores.add(l.gold(), l.emergency(), l.crisis(), l.phi(), reading.classification());
            modelScores.add(l.gold(), l.emergency(), l.crisis(), l.phi(), learned.classify(reading));
        }
        System.out.println("## Shared real set (" + modelScores.total() + " comments; measured only, never trained or tuned on)\n");
        System.out.println("Model: " + modelFile + ": " + shipped.trainedWith() + "; corpus sha256 "
                + shipped.corpusSha256() + secondOpinionNote(shipped, learned) + "\n");
        System.out.println(Scores.summaryHeader());
        System.out.println(rulesScores.summaryRow("Rules alone"));
        System.out.println(modelScores.summaryRow("Rules OR learned model (shipped)"));
        System.out.println("\n### Per category, shipped\n\n" + modelScores.perClass());
        System.out.println("Confusion matrix (rows gold, columns predicted):\n\n" + modelScores.confusionMatrix());
    }

    void round(Path dir) throws IOException {
        Path modelFile = measuredModelFile();
        ModelFile.Loaded shipped = readModel(modelFile);
        LearnedClassifier learned = classifierFor(shipped);
        Set<String> trainingKeys = new HashSet<>();
        load().examples().forEach(e -> trainingKeys.add(TextKey.of(e.text())));
        HeldOutRound.Measured round;
        try {
            round = HeldOutRound.score(dir, text -> learned.classify(rules.read(new Comment("", text), profile)),
                    trainingKeys);
        } catch (HeldOutRound.InvalidRound e) {
            System.err.println("round: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("## " + dir + ": the shipped engine (rules OR learned model) on a round of writers' files\n");
        System.out.println("Model: " + modelFile + ": " + shipped.trainedWith() + "; corpus sha256 "
                + shipped.corpusSha256() + secondOpinionNote(shipped, learned) + "\n");
        System.out.println(overlap(round, shipped.corpusSha256().equals(Corpus.sha256(CORPUS))) + "\n");
        System.out.println(HeldOutRound.table(round.byVoice()));
        Path flagsFile = flagsFile();
        if (flagsFile != null) {
            RiskFlags.write(flagsFile, round.gold(), round.reads());
            System.out.println("Wrote the round's emergency and crisis flags to " + flagsFile);
        }
    }

    /** Whether the round is held out from the model, as far as the corpus on disk can tell. */
    private static String overlap(HeldOutRound.Measured round, boolean modelFittedOnThisCorpus) {
        int in = round.inTrainingCorpus();
        if (!modelFittedOnThisCorpus) {
            return in + " of the " + round.texts() + " texts are in " + CORPUS + " (after normalisation), which has changed"
                    + " since the model was fitted: check out the corpus its stamp names to count the texts it saw.";
        }
        return in == 0 ? "None of the " + round.texts() + " texts is in the corpus the model was fitted on."
                : "**Not held out: " + in + " of the " + round.texts() + " texts are in the corpus the model was fitted"
                        + " on** (after normalisation).";
    }

    /**
     * The model file in libs/core, or the one $TRAIN_MODEL names: the MiniLM model beside it, a trial's, or an earlier
     * shipped file, measured by {@code shared} and {@code round} exactly as the shipped one is.
     */
    private static Path measuredModelFile() {
        String other = System.getenv("TRAIN_MODEL");
        return other == null || other.isBlank() ? MODEL : Path.of(other);
    }

    /**
     * The engine's classifier over a model file, as triage builds it: a file with a dense block gets the MiniLM
     * embedder and the n-gram model file in libs/core as its second opinion on emergencies and crises
     * ($TRAIN_SECOND_MODEL names another file, or {@code none} to measure the model alone).
     */
    private LearnedClassifier classifierFor(ModelFile.Loaded model) throws IOException {
        if (!model.needsEmbedder()) {
            return new LearnedClassifier(rules, model);
        }
        return new LearnedClassifier(rules, model, new MiniLmEmbedder(), secondOpinion());
    }

    /**
     * The second opinion for a model with a dense block, read from its file, or null for none
     * ($TRAIN_SECOND_MODEL=none). A file that is not a model of hashed features stops the measurement with its name.
     */
    private static ModelFile.Loaded secondOpinion() throws IOException {
        Path file = secondModelFile();
        if (file == null) {
            return null;
        }
        ModelFile.Loaded second = readModel(file);
        if (second.needsEmbedder()) {
            System.err.println("$TRAIN_SECOND_MODEL " + file + ": not a model of hashed features only");
            System.exit(2);
        }
        return second;
    }

    /** The second opinion's file for a model with a dense block, or null for none ($TRAIN_SECOND_MODEL=none). */
    private static Path secondModelFile() {
        String other = System.getenv("TRAIN_SECOND_MODEL");
        if (other == null || other.isBlank()) {
            return MODEL;
        }
        return other.equals("none") ? null : Path.of(other);
    }

    /** What the header of a measurement says about the second opinion (nothing for a model without a dense block). */
    private static String secondOpinionNote(ModelFile.Loaded model, LearnedClassifier engine) {
        if (!model.needsEmbedder()) {
            return "";
        }
        ModelFile.Loaded second = engine.secondOpinion();
        return second == null ? ". Second opinion on emergencies and crises: none ($TRAIN_SECOND_MODEL=none)"
                : ". Second opinion on emergencies and crises: " + secondModelFile() + ": " + second.trainedWith() + "; corpus sha256 "
                        + second.corpusSha256();
    }

    private static ModelFile.Loaded readModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ModelFile.read(in);
        }
    }
}
