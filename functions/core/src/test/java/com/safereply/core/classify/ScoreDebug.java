package com.safereply.core.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.safereply.core.text.Texts;
import java.nio.file.*;
import java.util.*;

public final class ScoreDebug {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>(Arrays.asList(args).subList(1, args.length));
        Lexicon lex = Lexicon.load("lexicon.txt");
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            var n = json.readTree(line);
            if (!ids.contains(n.get("id").asText())) continue;
            String san = Texts.sanitize(n.get("text").asText());
            TokenizedText t = TokenizedText.of(san, Texts.fold(san));
            Evidence e = Evidence.of(lex.scan(t.tokens), t);
            System.out.printf("%s q=%d qcue=%.1f hAsk=%.1f aAsk=%.1f rev=%.1f req=%.1f %s%n", n.get("id").asText(), t.questionSentences, e.question, e.healthAsked, e.adminAsked, e.reviewContext, e.adminRequest, CommentClassifier.scores(t, e));
        }
    }
}
