package com.safereply.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.text.Texts;
import java.nio.file.*;
import java.util.*;

public final class StageSpeed {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) if (!line.isBlank()) texts.add(json.readTree(line).get("text").asText());
        Lexicon lex = Lexicon.load("lexicon.txt");
        RiskDetector risk = new RiskDetector();
        LanguageDetector lang = new LanguageDetector();
        int rounds = 300; long sink = 0;
        String[] san = new String[texts.size()], fold = new String[texts.size()]; TokenizedText[] tt = new TokenizedText[texts.size()];
        for (int rep = 0; rep < 2; rep++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) { san[i] = Texts.sanitize(texts.get(i)); fold[i] = Texts.fold(san[i]); }
            long t1 = System.nanoTime();
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) { tt[i] = TokenizedText.of(san[i], fold[i]); }
            long t2 = System.nanoTime();
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) sink += risk.detectTokens(tt[i].tokens).signals().size();
            long t3 = System.nanoTime();
            List<Lexicon.Match> m = null;
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) { m = lex.scan(tt[i].tokens); sink += m.size(); }
            long t4 = System.nanoTime();
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) sink += Evidence.of(lex.scan(tt[i].tokens), tt[i]).signals.size();
            long t5 = System.nanoTime();
            for (int r = 0; r < rounds; r++) for (int i = 0; i < texts.size(); i++) sink += lang.detect(tt[i], san[i]).ordinal() + (PersonalReference.aboutSomeone(tt[i].tokens) ? 1 : 0);
            long t6 = System.nanoTime();
            double d = rounds * texts.size() * 1000.0;
            System.out.printf("sanitize+fold %.2f tokenize %.2f risk %.2f lexscan %.2f evidence(incl scan) %.2f lang+personal %.2f us (%d)%n",
                (t1-t0)/d, (t2-t1)/d, (t3-t2)/d, (t4-t3)/d, (t5-t4)/d, (t6-t5)/d, sink);
        }
    }
}
