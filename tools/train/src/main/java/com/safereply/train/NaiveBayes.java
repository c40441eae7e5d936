package com.safereply.train;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.LinearModel;
import com.safereply.core.classify.learned.Prediction;
import com.safereply.core.classify.learned.SparseVector;

import java.util.List;

/**
 * The comparison candidate: multinomial naive Bayes over the same hashed word and character n-grams (the rules'
 * cues left out: they are not counts), one model for the category and a two-class one per flag. Additive smoothing
 * {@link #ALPHA}; class priors from the training voices.
 */
public final class NaiveBayes implements Candidate {

    static final double ALPHA = 0.1;
    private final FeatureHasher hasher;

    public NaiveBayes(FeatureHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String name() {
        return "hashed n-grams, multinomial naive Bayes";
    }

    @Override
    public Fitted fit(List<Item> training) {
        int cats = LinearModel.CATEGORIES;
        Table category = new Table(cats, 1 << hasher.bits());
        Table[] flags = new Table[4];
        for (int f = 0; f < 4; f++) {
            flags[f] = new Table(2, 1 << hasher.bits());
        }
        for (Item item : training) {
            Example e = item.example();
            category.add(e.label().ordinal(), item.features());
            boolean[] gold = {e.emergency(), e.crisis(), e.containsPhi(), e.thirdParty()};
            for (int f = 0; f < 4; f++) {
                flags[f].add(gold[f] ? 1 : 0, item.features());
            }
        }
        category.finish();
        for (Table t : flags) {
            t.finish();
        }
        return item -> {
            double[] probabilities = LinearModel.softmax(category.logLikelihoods(item.features()), cats);
            double[] p = new double[4];
            for (int f = 0; f < 4; f++) {
                p[f] = LinearModel.softmax(flags[f].logLikelihoods(item.features()), 2)[1];
            }
            return new Prediction(probabilities, p[0], p[1], p[2], p[3]);
        };
    }

    /** Per-class feature mass, turned into log probabilities once fitted. */
    private static final class Table {
        final int classes;
        final int size;
        final double[] mass;
        final double[] total;
        final double[] prior;
        double[] logP;
        double[] logUnseen;

        Table(int classes, int size) {
            this.classes = classes;
            this.size = size;
            this.mass = new double[classes * size];
            this.total = new double[classes];
            this.prior = new double[classes];
        }

        void add(int c, SparseVector x) {
            prior[c]++;
            int[] idx = x.indices();
            float[] val = x.values();
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] < size) {
                    mass[c * size + idx[i]] += val[i];
                    total[c] += val[i];
                }
            }
        }

        void finish() {
            logP = new double[mass.length];
            logUnseen = new double[classes];
            double n = 0;
            for (double p : prior) {
                n += p;
            }
            for (int c = 0; c < classes; c++) {
                double denominator = total[c] + ALPHA * size;
                for (int j = 0; j < size; j++) {
                    logP[c * size + j] = Math.log((mass[c * size + j] + ALPHA) / denominator);
                }
                logUnseen[c] = Math.log(ALPHA / denominator);
                prior[c] = Math.log((prior[c] + 1) / (n + classes));
            }
        }

        double[] logLikelihoods(SparseVector x) {
            double[] z = prior.clone();
            int[] idx = x.indices();
            float[] val = x.values();
            for (int c = 0; c < classes; c++) {
                for (int i = 0; i < idx.length; i++) {
                    if (idx[i] < size) {
                        z[c] += val[i] * logP[c * size + idx[i]];
                    }
                }
            }
            return z;
        }
    }

}
