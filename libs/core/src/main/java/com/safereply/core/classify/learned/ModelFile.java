package com.safereply.core.classify.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A shipped model as one gzip resource: a header (format, the SHA-256 of the corpus it was trained on, how it was
 * trained, hash bits, cue count, the dense block's width and the embedder it was trained with, thresholds), the
 * biases, then only the feature rows that training touched (a row never seen in training stays zero), each weight
 * quantised to 16 bits with one scale per head. Written by the trainer (tools/train), read once per process at run
 * time.
 *
 * <p>Two models ship, fitted on the same corpus: {@link #RESOURCE}, hashed n-grams and the rules' cues, which needs
 * nothing but this jar; and {@link #EMBEDDING_RESOURCE}, the same features after a MiniLM sentence embedding, which
 * needs a {@link SentenceEmbedder} (the triage function and the CLI supply one).
 */
public final class ModelFile {

    public static final String RESOURCE = "/com/safereply/core/classify/learned/model.bin.gz";
    public static final String EMBEDDING_RESOURCE = "/com/safereply/core/classify/learned/model-minilm.bin.gz";
    private static final int MAGIC = 0x53524c4d; // "SRLM"
    /** Version 1 had one emergency threshold for the flag and the category. */
    private static final int VERSION_ONE_EMERGENCY_THRESHOLD = 1;
    /** Version 2 added the emergency category threshold; the rules' emergency always decided the category. */
    private static final int VERSION_TWO_EMERGENCY_THRESHOLDS = 2;
    /** Version 3 added the rules' corroboration threshold; every crisis was read as an emergency. */
    private static final int VERSION_THREE_RULES_CORROBORATION = 3;
    /** Version 4 added the crisis category threshold. */
    private static final int VERSION_FOUR_CRISIS_CATEGORY = 4;
    /** Version 5 added the dense block (its width and the embedder's name). */
    private static final int VERSION_FIVE_DENSE_BLOCK = 5;
    /** The version this code writes. */
    private static final int VERSION = VERSION_FIVE_DENSE_BLOCK;

    /**
     * A loaded model with its provenance.
     *
     * @param embedder the {@link SentenceEmbedder#name()} the dense block was trained on; empty if the model has none
     */
    public record Loaded(LinearModel model, Thresholds thresholds, String corpusSha256, String trainedWith,
                         String embedder) {

        public Loaded {
            if (embedder.isEmpty() != (model.denseDimensions() == 0)) {
                throw new IllegalArgumentException("a dense block needs the name of its embedder, and only it does");
            }
        }

        /** A model of hashed features only. */
        public Loaded(LinearModel model, Thresholds thresholds, String corpusSha256, String trainedWith) {
            this(model, thresholds, corpusSha256, trainedWith, "");
        }

        public boolean needsEmbedder() {
            return model.denseDimensions() > 0;
        }
    }

    private ModelFile() {
    }

    public static void write(Loaded loaded, OutputStream out) throws IOException {
        LinearModel model = loaded.model();
        int heads = LinearModel.HEADS;
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out), 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF(loaded.corpusSha256());
            data.writeUTF(loaded.trainedWith());
            data.writeInt(model.hasher().bits());
            data.writeInt(com.safereply.core.classify.RuleCues.COUNT);
            data.writeInt(heads);
            data.writeInt(model.denseDimensions());
            data.writeUTF(loaded.embedder());
            Thresholds t = loaded.thresholds();
            for (double v : new double[] {t.emergency(), t.crisis(), t.containsPhi(), t.thirdParty(), t.lowConfidence(),
                    t.emergencyCategory(), t.rulesCorroboration(), t.crisisCategory()}) {
                data.writeDouble(v);
            }
            for (float b : model.bias()) {
                data.writeFloat(b);
            }
            QuantisedRows.write(data, model.weights(), heads);
        }
    }

    public static Loaded read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            if (data.readInt() != MAGIC) {
                throw new IOException("not a SafeReply model file");
            }
            int version = data.readInt();
            if (version < VERSION_ONE_EMERGENCY_THRESHOLD || version > VERSION) {
                throw new IOException("SafeReply model file of version " + version + "; this code reads "
                        + VERSION_ONE_EMERGENCY_THRESHOLD + " to " + VERSION);
            }
            String corpus = data.readUTF();
            String trainedWith = data.readUTF();
            FeatureHasher hasher = new FeatureHasher(data.readInt());
            int cues = data.readInt();
            int heads = data.readInt();
            if (cues != com.safereply.core.classify.RuleCues.COUNT || heads != LinearModel.HEADS) {
                throw new IOException("model has " + cues + " cues and " + heads + " heads; this code expects "
                        + com.safereply.core.classify.RuleCues.COUNT + " and " + LinearModel.HEADS + ": retrain");
            }
            int dense = 0;
            String embedder = "";
            if (version >= VERSION_FIVE_DENSE_BLOCK) {
                dense = data.readInt();
                embedder = data.readUTF();
            }
            Thresholds thresholds = new Thresholds(data.readDouble(), data.readDouble(), data.readDouble(),
                    data.readDouble(), data.readDouble());
            if (version >= VERSION_TWO_EMERGENCY_THRESHOLDS) {
                thresholds = thresholds.withEmergencyCategory(data.readDouble());
            }
            if (version >= VERSION_THREE_RULES_CORROBORATION) {
                thresholds = thresholds.withRulesCorroboration(data.readDouble());
            }
            if (version >= VERSION_FOUR_CRISIS_CATEGORY) {
                thresholds = thresholds.withCrisisCategory(data.readDouble());
            }
            float[] bias = new float[heads];
            for (int h = 0; h < heads; h++) {
                bias[h] = data.readFloat();
            }
            float[] w = QuantisedRows.read(data, dense + hasher.dimensions(), heads);
            return new Loaded(new LinearModel(hasher, dense, w, bias), thresholds, corpus, trainedWith, embedder);
        }
    }

    /** The model of hashed features shipped in this jar. */
    public static Loaded shipped() {
        return resource(RESOURCE, "fit");
    }

    /** The model with a dense block shipped in this jar: it needs the embedder it names. */
    public static Loaded shippedWithEmbeddings() {
        return resource(EMBEDDING_RESOURCE, "fit-minilm");
    }

    private static Loaded resource(String name, String trainCommand) {
        try (InputStream in = ModelFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + name + " (run tools/train/train.sh "
                        + trainCommand + ")");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("model resource unreadable: " + name, e);
        }
    }
}
