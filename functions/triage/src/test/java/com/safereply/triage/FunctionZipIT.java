package com.safereply.triage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployable zip carries the MiniLM embedder's natives for linux x86_64 only (the architecture template.yaml
 * deploys: it sets none, so x86_64), and every one of those: application.properties removes the other platforms'
 * from the onnxruntime, tokenizer and JNA jars, and a missing one would fail the first comment in AWS, not here.
 */
class FunctionZipIT {

    private static final Path ZIP = Path.of("target/function.zip");

    @Test
    void theZipCarriesTheLinuxX8664NativesAndNoOthers() throws IOException {
        assertTrue(Files.exists(ZIP), ZIP + " missing: the package phase builds it before this test");
        List<String> natives = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry jar : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                try (ZipInputStream in = new ZipInputStream(zip.getInputStream(jar))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        String name = e.getName();
                        if (!e.isDirectory() && name.matches(".*\\.(so|dylib|dll|pdb|jnilib|a)$|.*\\.dSYM/.*")) {
                            natives.add(name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of("ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                        "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so",
                        "com/sun/jna/linux-x86-64/libjnidispatch.so",
                        "native/lib/linux-x86_64/cpu/libtokenizers.so"),
                natives.stream().sorted().toList());
    }

    @Test
    void theModelFilesShipInTheZip() throws IOException {
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            assertTrue(containsInAJar(zip, "all-minilm-l6-v2-q.onnx"), "the MiniLM ONNX model");
            assertTrue(containsInAJar(zip, "com/safereply/core/classify/learned/model-minilm.bin.gz"),
                    "the model that reads its vectors");
        }
    }

    private static boolean containsInAJar(ZipFile zip, String entry) throws IOException {
        for (ZipEntry jar : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
            try (InputStream raw = zip.getInputStream(jar); ZipInputStream in = new ZipInputStream(raw)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals(entry)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
