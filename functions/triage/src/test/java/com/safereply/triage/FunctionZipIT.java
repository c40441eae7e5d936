package com.safereply.triage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
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
        List<String> natives = filesInTheJars().stream()
                .filter(name -> name.matches(".*\\.(so|dylib|dll|pdb|jnilib|a)$|.*\\.dSYM/.*")).sorted().toList();
        assertEquals(List.of("ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                        "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so",
                        "com/sun/jna/linux-x86-64/libjnidispatch.so",
                        "native/lib/linux-x86_64/cpu/libtokenizers.so"),
                natives);
    }

    @Test
    void theModelFilesShipInTheZip() throws IOException {
        List<String> files = filesInTheJars();
        assertTrue(files.contains("all-minilm-l6-v2-q.onnx"), "the MiniLM ONNX model");
        assertTrue(files.contains("com/safereply/core/classify/learned/model-minilm.bin.gz"),
                "the model that reads its vectors");
    }

    /** Every file (not folder) inside every jar of the zip, as the jars name them. */
    private static List<String> filesInTheJars() throws IOException {
        assertTrue(Files.exists(ZIP), ZIP + " missing: the package phase builds it before this test");
        List<String> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry jar : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                try (ZipInputStream in = new ZipInputStream(zip.getInputStream(jar))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (!e.isDirectory()) {
                            files.add(e.getName());
                        }
                    }
                }
            }
        }
        return files;
    }
}
