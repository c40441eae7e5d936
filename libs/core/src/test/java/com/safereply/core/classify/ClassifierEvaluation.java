package com.safereply.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.model.Category;
import com.safereply.core.model.Classification;
import com.safereply.core.model.Comment;
import com.safereply.core.profile.PracticeProfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures the classifier on a labelled JSONL file: confusion matrix, per-label precision, recall and F1, macro-F1
 * over the seven categories, emergency recall and PHI recall and precision.
 *
 * <p>Each line needs {@code text}, a gold category in {@code label} or {@code category}, and optionally
 * {@code contains_phi} and {@code id}. Run it as a program (see docs/quality.md):
 * {@code java ... ClassifierEvaluation [path.jsonl] [--errors]}; {@code --errors} lists misclassified ids with their
 * signals (never the texts).
 */
public final class ClassifierEvaluation {

    /** Where the team's shared evaluation set lives relative to a checkout, and the variable that overrides it. */
    public static final String EVAL_ENV = "SAFEREPLY_EVAL";
    public static final String EVAL_RELATIVE = "shared/eval/real_comments.jsonl";

    private static final Category[] LABELS = Category.values();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scored item: gold and predicted labels and PHI flags. */
    public record Item(String id, Category gold, Category predicted, Boolean goldPhi, boolean predictedPhi,
                       List<String> signals) {
    }

    /** The figures for one file. */
    public record Report(List<Item> items, int[][] confusion) {

        public int total() {
            return items.size();
        }

        public double accuracy() {
            int ok = 0;
            for (int i = 0; i < LABELS.length; i++) {
                ok += confusion[i][i];
            }
            return items.isEmpty() ? 0 : (double) ok / items.size();
        }

        public double precision(Category c) {
            int predicted = 0;
            for (int g = 0; g < LABELS.length; g++) {
                predicted += confusion[g][c.ordinal()];
            }
            return predicted == 0 ? 0 : (double) confusion[c.ordinal()][c.ordinal()] / predicted;
        }

        public double recall(Category c) {
            int gold = 0;
            for (int p = 0; p < LABELS.length; p++) {
                gold += confusion[c.ordinal()][p];
            }
            return gold == 0 ? 0 : (double) confusion[c.ordinal()][c.ordinal()] / gold;
        }

        public int support(Category c) {
            int gold = 0;
            for (int p = 0; p < LABELS.length; p++) {
                gold += confusion[c.ordinal()][p];
            }
            return gold;
        }

        public double f1(Category c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Mean F1 over the categories present in the gold labels. */
        public double macroF1() {
            double sum = 0;
            int n = 0;
            for (Category c : LABELS) {
                if (support(c) > 0) {
                    sum += f1(c);
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        public double emergencyRecall() {
            return recall(Category.EMERGENCY);
        }

        public double phiRecall() {
            int tp = 0;
            int gold = 0;
            for (Item i : items) {
                if (Boolean.TRUE.equals(i.goldPhi())) {
                    gold++;
                    if (i.predictedPhi()) {
                        tp++;
                    }
                }
            }
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double phiPrecision() {
            int tp = 0;
            int predicted = 0;
            for (Item i : items) {
                if (i.goldPhi() != null && i.predictedPhi()) {
                    predicted++;
                    if (i.goldPhi()) {
                        tp++;
                    }
                }
            }
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public List<Item> errors() {
            return items.stream().filter(i -> i.gold() != i.predicted()).toList();
        }

        /** Confusion matrix (rows gold, columns predicted), per-label figures and the headline numbers. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "items: %d, accuracy: %.3f%n%n", total(), accuracy()));
            out.append(String.format(Locale.ROOT, "%-18s", "gold \\ predicted"));
            for (Category c : LABELS) {
                out.append(String.format(Locale.ROOT, "%8s", abbreviation(c)));
            }
            out.append(System.lineSeparator());
            for (Category g : LABELS) {
                out.append(String.format(Locale.ROOT, "%-18s", g.label()));
                for (Category p : LABELS) {
                    out.append(String.format(Locale.ROOT, "%8d", confusion[g.ordinal()][p.ordinal()]));
                }
                out.append(System.lineSeparator());
            }
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s %7s%n", "label", "precision", "recall", "f1",
                    "n"));
            for (Category c : LABELS) {
                out.append(String.format(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f %7d%n", c.label(), precision(c),
                        recall(c), f1(c), support(c)));
            }
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "macro-F1: %.3f%nemergency recall: %.3f%n", macroF1(),
                    emergencyRecall()));
            out.append(String.format(Locale.ROOT, "contains_phi recall: %.3f, precision: %.3f%n", phiRecall(),
                    phiPrecision()));
            return out.toString();
        }

        private static String abbreviation(Category c) {
            return switch (c) {
                case COMPLAINT -> "compl";
                case CLINICAL_QUESTION -> "clin";
                case FEEDBACK -> "feedb";
                case EMERGENCY -> "emerg";
                case APPOINTMENT_ADMIN -> "admin";
                case SPAM -> "spam";
                case ABUSE -> "abuse";
            };
        }
    }

    private ClassifierEvaluation() {
    }

    public static Report evaluate(Path jsonl, CommentClassifier classifier, PracticeProfile profile)
            throws IOException {
        List<Item> items = new ArrayList<>();
        int[][] confusion = new int[LABELS.length][LABELS.length];
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String id = node.path("id").asText("");
            JsonNode labelNode = node.has("label") ? node.get("label") : node.get("category");
            Category gold = Category.fromLabel(labelNode.asText());
            Boolean goldPhi = node.has("contains_phi") ? node.get("contains_phi").asBoolean() : null;
            Classification c = classifier.classify(new Comment(id, node.path("text").asText(null)), profile);
            confusion[gold.ordinal()][c.category().ordinal()]++;
            items.add(new Item(id, gold, c.category(), goldPhi, c.containsPhi(), c.signals()));
        }
        return new Report(items, confusion);
    }

    /**
     * The shared evaluation file: {@value #EVAL_ENV} if set, else {@value #EVAL_RELATIVE} found by walking up from
     * the working directory (the module, the worktree, or the workspace that holds both).
     */
    public static Optional<Path> locateRealComments() {
        String env = System.getenv(EVAL_ENV);
        if (env != null && !env.isBlank()) {
            Path p = Paths.get(env);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(EVAL_RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    public static void main(String[] args) throws IOException {
        boolean showErrors = false;
        Path path = null;
        for (String arg : args) {
            if (arg.equals("--errors")) {
                showErrors = true;
            } else {
                path = Paths.get(arg);
            }
        }
        if (path == null) {
            path = locateRealComments().orElseThrow(() -> new IllegalArgumentException(
                    "no evaluation file: pass a path, set " + EVAL_ENV + ", or run inside a checkout with "
                            + EVAL_RELATIVE));
        }
        Report report = evaluate(path, new CommentClassifier(), PracticeProfile.demo());
        System.out.println(path.getFileName());
        System.out.print(report.format());
        if (showErrors) {
            System.out.println();
            System.out.println("misclassified (id gold -> predicted, phi gold/predicted, signals):");
            for (Item i : report.items()) {
                boolean phiMiss = i.goldPhi() != null && i.goldPhi() != i.predictedPhi();
                if (i.gold() != i.predicted() || phiMiss) {
                    System.out.printf(Locale.ROOT, "%s %s -> %s phi %s/%s %s%n", i.id(), i.gold().label(),
                            i.predicted().label(), i.goldPhi(), i.predictedPhi(), i.signals());
                }
            }
        }
    }
}
