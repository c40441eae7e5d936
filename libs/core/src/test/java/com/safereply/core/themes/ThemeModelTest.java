package com.safereply.core.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.safereply.core.classify.learned.FeatureHasher;
import com.safereply.core.classify.learned.SparseVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The digest's learned theme reader. Its accuracy is measured on two samples by writers who saw only the theme
 * definitions and a brief, never the code, the cues or the training voices ({@code tools/train/train.sh themes-eval}
 * prints the same table beside the cues alone): {@code themes/held-out-h1.jsonl} (320 complaints; the trainer leaves
 * its texts out) and {@code themes/held-out-h2.jsonl} (240 complaints about hospitals, pharmacies, labs and therapy,
 * written after the model was fitted).
 */
class ThemeModelTest {

    /** Measured when the model was fitted (docs/quality.md); never lower them to pass. */
    private static final double H1_ACCURACY_FLOOR = 0.875;
    private static final double H2_ACCURACY_FLOOR = 0.858;

    @Test
    void readsTheFirstHeldOutWritersComplaintsFarBetterThanTheCuesAlone() throws IOException {
        assertHeldOut("/themes/held-out-h1.jsonl", 320, H1_ACCURACY_FLOOR);
    }

    @Test
    void readsTheSecondHeldOutWritersComplaintsFarBetterThanTheCuesAlone() throws IOException {
        assertHeldOut("/themes/held-out-h2.jsonl", 240, H2_ACCURACY_FLOOR);
    }

    private static void assertHeldOut(String resource, int size, double floor) throws IOException {
        ThemeModel model = ThemeModelFile.shipped().model();
        List<LabelledComplaints.Labelled> sample = LabelledComplaints.read(resource);
        Map<ComplaintTheme, int[]> perTheme = new EnumMap<>(ComplaintTheme.class);
        int right = 0;
        int cuesRight = 0;
        for (LabelledComplaints.Labelled l : sample) {
            int[] counts = perTheme.computeIfAbsent(l.theme(), t -> new int[2]);
            counts[1]++;
            if (model.themeOf(l.text()) == l.theme()) {
                right++;
                counts[0]++;
            }
            if (ComplaintThemes.standard().themeOf(l.text()) == l.theme()) {
                cuesRight++;
            }
        }
        double accuracy = (double) right / sample.size();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%s: theme accuracy %d/%d = %.1f%% (cues alone %d)%n", resource, right, sample.size(),
                100 * accuracy, cuesRight));
        perTheme.forEach((t, c) -> report.append(String.format(Locale.ROOT, "  %-26s %d/%d%n", t.label(), c[0], c[1])));
        System.out.println(report);
        assertEquals(size, sample.size());
        assertTrue(accuracy >= floor, report.toString());
        assertTrue(right > cuesRight, report.toString());
        perTheme.forEach((t, c) -> assertTrue(c[0] * 2 > c[1], "every theme mostly right: " + report));
    }

    @Test
    void everyThemeHasAProbabilityAndTheyAddUpToOne() {
        double[] p = ThemeModelFile.shipped().model().probabilities("Waited two hours past my slot, then a surprise bill");
        assertEquals(ComplaintTheme.values().length, p.length);
        double sum = 0;
        for (double v : p) {
            assertTrue(v > 0 && v < 1);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(ComplaintTheme.OTHER.ordinal(), p.length - 1);
    }

    @Test
    void anyTextGetsATheme() {
        ThemeModel model = ThemeModelFile.shipped().model();
        for (String text : new String[] {"", null, "\uD800", "x".repeat(1_000_000), "🙄🙄🙄"}) {
            assertTrue(model.themeOf(text) != null);
        }
    }

    @Test
    void aComplaintInStyledLettersGetsTheFeaturesOfItsPlainTwin() {
        FeatureHasher hasher = new FeatureHasher(12, ThemeFeatures.CUE_SLOTS);
        ThemeFeatures features = new ThemeFeatures(hasher, ComplaintThemes.standard());
        SparseVector plain = features.of("They billed my insurance wrong and the refund never came");
        SparseVector styled = features.of("𝗧𝗵𝗲𝘆 𝗯𝗶𝗹𝗹𝗲𝗱 𝗺𝘆 𝗶𝗻𝘀𝘂𝗿𝗮𝗻𝗰𝗲 𝘄𝗿𝗼𝗻𝗴 𝗮𝗻𝗱 𝘁𝗵𝗲 𝗿𝗲𝗳𝘂𝗻𝗱 𝗻𝗲𝘃𝗲𝗿 𝗰𝗮𝗺𝗲");
        assertArrayEquals(plain.indices(), styled.indices());
        assertArrayEquals(plain.values(), styled.values());
    }

    @Test
    void theCuesVotesLandInTheSlotsAfterTheHashedSpace() {
        FeatureHasher hasher = new FeatureHasher(12, ThemeFeatures.CUE_SLOTS);
        SparseVector x = new ThemeFeatures(hasher, ComplaintThemes.standard())
                .of("They billed my insurance wrong and the refund never came");
        int slot = (1 << 12) + ComplaintTheme.BILLING_INSURANCE.ordinal();
        boolean found = false;
        for (int i = 0; i < x.indices().length; i++) {
            assertTrue(x.indices()[i] < hasher.dimensions());
            found |= x.indices()[i] == slot && x.values()[i] > 0;
        }
        assertTrue(found, "billing votes in the billing slot");
        assertThrows(IllegalArgumentException.class,
                () -> new ThemeFeatures(new FeatureHasher(12), ComplaintThemes.standard()), "the triage hasher's cue slots");
    }

    @Test
    void aWrittenModelReadsBackScoringTheSame() throws IOException {
        ThemeModelFile.Loaded shipped = ThemeModelFile.shipped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ThemeModelFile.write(shipped, out);
        ThemeModelFile.Loaded again = ThemeModelFile.read(new ByteArrayInputStream(out.toByteArray()));
        String text = "The receptionist rolled her eyes and the toilets were filthy";
        assertArrayEquals(shipped.model().probabilities(text), again.model().probabilities(text), 1e-6);
        assertEquals(shipped.trainingSha256(), again.trainingSha256());
        assertThrows(IOException.class, () -> ThemeModelFile.read(new ByteArrayInputStream(
                new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0})));
    }
}
