package com.safereply.train;

import com.safereply.embeddings.MiniLmEmbedder;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The step {@link MiniLmThroughput} leaves out: MiniLM embeddings per second when comments go through the model in
 * padded batches, as a CLI reading many lines could send them. Each window of {@link #WINDOW} comments (input order)
 * is sorted by token count and cut into batches of {@link #BATCH}, so a batch pads to similar lengths; N threads share
 * one one-thread session, each taking the next batch. Mean pooling over the attention mask and L2 normalisation, as
 * {@link MiniLmEmbedder}; the largest difference from its vectors over the first texts is printed, so a wrong
 * pooling shows. A benchmark program, not a test: the figures go to docs/benchmarks.md.
 */
final class MiniLmBatchThroughput {

    private static final int MEASURED = 6_000;
    private static final int WINDOW = 256;
    private static final int BATCH = 32;
    private static final int MAX_TOKENS = 256;
    private static final int CHECKED = 20;

    private MiniLmBatchThroughput() {
    }

    static void run(List<Example> corpus, int threads) throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession session = MiniLmEmbedder.oneThreadSession(environment);
             InputStream json = MiniLmEmbedder.resource(MiniLmEmbedder.TOKENIZER);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(json,
                     Map.of("truncation", "true", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false"))) {
            String[] texts = corpus.stream().map(Example::text).toArray(String[]::new);
            int step = Math.max(1, texts.length / MEASURED);
            List<String> measured = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                measured.add(texts[(i * step) % texts.length]);
            }
            List<String> checked = measured.subList(0, CHECKED);
            float[][] batched = embed(environment, session, tokenizer, checked);
            MiniLmEmbedder single = new MiniLmEmbedder();
            double worst = 0;
            for (int i = 0; i < CHECKED; i++) {
                float[] one = single.embed(checked.get(i));
                for (int d = 0; d < one.length; d++) {
                    worst = Math.max(worst, Math.abs(one[d] - batched[i][d]));
                }
            }
            List<List<String>> batches = batches(tokenizer, measured);
            for (int i = 0; i < Math.min(10, batches.size()); i++) {   // warm-up: the first batches once
                embed(environment, session, tokenizer, batches.get(i));
            }
            Workers.Timed run = Workers.share(threads, batches.size(), "minilm-batch-throughput",
                    b -> embed(environment, session, tokenizer, batches.get(b))[0][0]);
            System.out.printf(Locale.ROOT, "MiniLM embedding throughput, padded batches of %d (windows of %d sorted by "
                            + "length), %d thread(s) sharing one session, %d corpus comments: %.1f s wall = %.0f "
                            + "comments/s; largest difference from one-at-a-time vectors over %d texts: %.1e "
                            + "(checksum %s)%n", BATCH, WINDOW, threads, MEASURED, run.seconds(),
                    MEASURED / run.seconds(), CHECKED, worst, run.checksum());
        }
    }

    /** Windows of the input in order, each sorted by token count, cut into batches. */
    private static List<List<String>> batches(HuggingFaceTokenizer tokenizer, List<String> texts) {
        List<List<String>> out = new ArrayList<>();
        for (int w = 0; w < texts.size(); w += WINDOW) {
            List<String> window = new ArrayList<>(texts.subList(w, Math.min(texts.size(), w + WINDOW)));
            Map<String, Integer> tokens = new HashMap<>();   // each text tokenised once, not once per comparison
            window.forEach(t -> tokens.computeIfAbsent(t, k -> tokenizer.encode(k).getIds().length));
            window.sort(Comparator.comparing(tokens::get));
            for (int b = 0; b < window.size(); b += BATCH) {
                out.add(window.subList(b, Math.min(window.size(), b + BATCH)));
            }
        }
        return out;
    }

    private static float[][] embed(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                                   List<String> texts) throws Exception {
        Encoding[] encodings = new Encoding[texts.size()];
        int length = 0;
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
            length = Math.max(length, encodings[i].getIds().length);
        }
        long[] ids = new long[encodings.length * length];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int i = 0; i < encodings.length; i++) {
            long[] e = encodings[i].getIds();
            System.arraycopy(e, 0, ids, i * length, e.length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * length, e.length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types, i * length, e.length);
        }
        long[] shape = {encodings.length, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] out = new float[encodings.length][];
            for (int i = 0; i < encodings.length; i++) {
                out[i] = meanPooledUnit(hidden[i], mask, i * length);
            }
            return out;
        }
    }

    private static float[] meanPooledUnit(float[][] tokens, long[] mask, int offset) {
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[offset + t] == 1) {
                count++;
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += tokens[t][d];
                }
            }
        }
        double norm = 0;
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= count;
            norm += sum[d] * sum[d];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = Arrays.copyOf(sum, sum.length);
        for (int d = 0; d < unit.length; d++) {
            unit[d] *= scale;
        }
        return unit;
    }
}
