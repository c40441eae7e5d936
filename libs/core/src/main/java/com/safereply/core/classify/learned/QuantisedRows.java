package com.safereply.core.classify.learned;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How the shipped linear models store their weights: one scale per head, then only the feature rows that training
 * touched (a row never seen in training stays zero), each as the gap from the previous row (a varint) and one 16-bit
 * weight per head. Hashed feature spaces are mostly empty, so this keeps a model file to a few hundred KB.
 */
public final class QuantisedRows {

    private QuantisedRows() {
    }

    /** Writes {@code weights} (row-major, {@code heads} floats per row). */
    public static void write(DataOutputStream data, float[] weights, int heads) throws IOException {
        float[] scale = new float[heads];
        for (int i = 0; i < weights.length; i++) {
            int h = i % heads;
            scale[h] = Math.max(scale[h], Math.abs(weights[i]) / Short.MAX_VALUE);
        }
        for (float s : scale) {
            data.writeFloat(s);
        }
        int rows = weights.length / heads;
        int used = 0;
        for (int r = 0; r < rows; r++) {
            if (rowUsed(weights, r, heads)) {
                used++;
            }
        }
        data.writeInt(used);
        int previous = -1;
        for (int r = 0; r < rows; r++) {
            if (!rowUsed(weights, r, heads)) {
                continue;
            }
            writeVarInt(data, r - previous);
            previous = r;
            for (int h = 0; h < heads; h++) {
                data.writeShort(scale[h] == 0 ? 0 : Math.round(weights[r * heads + h] / scale[h]));
            }
        }
    }

    /** Reads what {@link #write} wrote into a new array of {@code rows * heads} floats. */
    public static float[] read(DataInputStream data, int rows, int heads) throws IOException {
        float[] scale = new float[heads];
        for (int h = 0; h < heads; h++) {
            scale[h] = data.readFloat();
        }
        float[] weights = new float[rows * heads];
        int used = data.readInt();
        int row = -1;
        for (int i = 0; i < used; i++) {
            row += readVarInt(data);
            if (row >= rows) {
                throw new IOException("weight row " + row + " outside the model's " + rows + " rows");
            }
            for (int h = 0; h < heads; h++) {
                weights[row * heads + h] = data.readShort() * scale[h];
            }
        }
        return weights;
    }

    private static boolean rowUsed(float[] w, int row, int heads) {
        for (int h = 0; h < heads; h++) {
            if (w[row * heads + h] != 0f) {
                return true;
            }
        }
        return false;
    }

    private static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }
}
