package com.safereply.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.text.Texts;
import java.nio.file.*;
import java.util.*;

public class RiskDiff {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        LegacyRiskDetector old = new LegacyRiskDetector();
        RiskDetector now = new RiskDetector();
        int n = 0, diff = 0;
        for (String f : args) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (line.isBlank()) continue;
                String text = line.startsWith("{") ? json.readTree(line).get("text").asText() : line;
                String folded = Texts.fold(Texts.sanitize(text));
                Risk a = old.detectFolded(folded), b = now.detectFolded(folded);
                n++;
                if (a.emergency() != b.emergency() || a.crisis() != b.crisis() || !a.signals().equals(b.signals())
                        || a.ingestion() != b.ingestion() || a.obstetric() != b.obstetric()) {
                    diff++;
                    System.out.println("OLD " + a + "\nNEW " + b + "\n   " + folded.substring(0, Math.min(300, folded.length())));
                }
            }
        }
        System.out.println(n + " texts, " + diff + " differ");
    }
}
