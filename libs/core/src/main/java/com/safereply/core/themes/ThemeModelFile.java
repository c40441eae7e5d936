package com.safereply.core.themes;

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
 * The shipped theme model as one gzip resource: a header (format, the SHA-256 of the labelled complaints it was
 * trained on, how it was trained, hash bits, themes, cue slots), the biases, then the weights as {@link QuantisedRows}.
 * Written by {@code tools/train/train.sh themes-fit}, read once per process.
 */
public final class ThemeModelFile {

    public static final String RESOURCE = "/com/safereply/core/themes/theme-model.bin.gz";
    private static final int MAGIC = 0x53525448; // "SRTH"
    private static final int VERSION = 1;

    /** A loaded model with its provenance. */
    public record Loaded(ThemeModel model, String trainingSha256, String trainedWith) {
    }

    private ThemeModelFile() {
    }

    public static void write(Loaded loaded, OutputStream out) throws IOException {
        ThemeModel model = loaded.model();
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out), 1 << 16))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF(loaded.trainingSha256());
            data.writeUTF(loaded.trainedWith());
            data.writeInt(model.features().hasher().bits());
            data.writeInt(ThemeModel.THEMES);
            data.writeInt(ThemeFeatures.CUE_SLOTS);
            for (float b : model.bias()) {
                data.writeFloat(b);
            }
            QuantisedRows.write(data, model.weights(), ThemeModel.THEMES);
        }
    }

    public static Loaded read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IOException("not a SafeReply theme model file of version " + VERSION);
            }
            String training = data.readUTF();
            String trainedWith = data.readUTF();
            int bits = data.readInt();
            int themes = data.readInt();
            int cueSlots = data.readInt();
            if (themes != ThemeModel.THEMES || cueSlots != ThemeFeatures.CUE_SLOTS) {
                throw new IOException("theme model has " + themes + " themes and " + cueSlots + " cue slots; this code "
                        + "expects " + ThemeModel.THEMES + " and " + ThemeFeatures.CUE_SLOTS + ": retrain with train.sh themes-fit");
            }
            ThemeFeatures features = new ThemeFeatures(new FeatureHasher(bits, cueSlots), ComplaintThemes.standard());
            float[] bias = new float[themes];
            for (int k = 0; k < themes; k++) {
                bias[k] = data.readFloat();
            }
            float[] weights = QuantisedRows.read(data, features.hasher().dimensions(), themes);
            return new Loaded(new ThemeModel(features, weights, bias), training, trainedWith);
        }
    }

    /** The model shipped in this jar, loaded once per class loader. */
    public static Loaded shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final Loaded MODEL = load();

        private static Loaded load() {
            try (InputStream in = ThemeModelFile.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("theme model resource missing: " + RESOURCE
                            + " (run tools/train/train.sh themes-fit)");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("theme model resource unreadable: " + RESOURCE, e);
            }
        }
    }
}
