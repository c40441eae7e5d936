package com.safereply.core.guard.learned;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.QuantisedRows;

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
 * The guard's shipped model as one gzip resource: a header (format, the SHA-256 of the red-team rounds it was trained
 * on, how it was trained, hash bits, heads, threshold, sentence threshold), the biases, then the weights as {@link QuantisedRows}. Written
 * by {@code tools/train/train.sh guard-fit}, read once per process.
 */
public final class DraftModelFile {

    public static final String RESOURCE = "/com/safereply/core/guard/learned/draft-model.bin.gz";
    private static final int MAGIC = 0x53524744; // "SRGD"
    private static final int VERSION = 2;  // 2 added the sentence threshold; 1 is read as whole-reply only

    /** A loaded model with its provenance. */
    public record Loaded(DraftModel model, String trainingSha256, String trainedWith) {
    }

    private DraftModelFile() {
    }

    public static void write(Loaded loaded, OutputStream out) throws IOException {
        DraftModel model = loaded.model();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out), 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF(loaded.trainingSha256());
            data.writeUTF(loaded.trainedWith());
            data.writeInt(model.hasher().bits());
            data.writeInt(DraftModel.HEADS);
            data.writeDouble(model.threshold());
            data.writeDouble(model.sentenceThreshold());
            for (float b : model.bias()) {
                data.writeFloat(b);
            }
            QuantisedRows.write(data, model.weights(), DraftModel.HEADS);
        }
    }

    public static Loaded read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            int version = data.readInt() == MAGIC ? data.readInt() : -1;
            if (version != 1 && version != VERSION) {
                throw new IOException("not a SafeReply guard model file of version 1 or " + VERSION);
            }
            String training = data.readUTF();
            String trainedWith = data.readUTF();
            FeatureHasher hasher = new FeatureHasher(data.readInt());
            int heads = data.readInt();
            if (heads != DraftModel.HEADS) {
                throw new IOException("guard model has " + heads + " heads; this code expects " + DraftModel.HEADS
                        + " (one per hard rule plus one): retrain with train.sh guard-fit");
            }
            double threshold = data.readDouble();
            double sentenceThreshold = version >= 2 ? data.readDouble() : DraftModel.WHOLE_REPLY_ONLY;
            float[] bias = new float[heads];
            for (int h = 0; h < heads; h++) {
                bias[h] = data.readFloat();
            }
            float[] weights = QuantisedRows.read(data, hasher.dimensions(), heads);
            return new Loaded(new DraftModel(hasher, weights, bias, threshold, sentenceThreshold), training,
                    trainedWith);
        }
    }

    /** The model shipped in this jar. */
    public static Loaded shipped() {
        try (InputStream in = DraftModelFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("guard model resource missing: " + RESOURCE
                        + " (run tools/train/train.sh guard-fit)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("guard model resource unreadable: " + RESOURCE, e);
        }
    }
}
