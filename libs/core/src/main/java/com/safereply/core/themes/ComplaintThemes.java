package com.safereply.core.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The complaint theme of a comment, from lexicon cues ({@code themes.txt} beside this class: one phrase per line
 * under a {@code [theme]} header; a token ending in {@code *} matches by prefix). Each matched phrase is one vote for
 * its theme; the theme with most votes wins, ties going to the theme listed first in {@link ComplaintTheme}; no cue
 * is {@link ComplaintTheme#OTHER}. English and Spanish cues. Pure and thread-safe once loaded.
 */
public final class ComplaintThemes {
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");

    private record Phrase(ComplaintTheme theme, String[] tokens) {}

    private final List<Phrase> phrases;

    private ComplaintThemes(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The cues shipped with the engine. */
    public static ComplaintThemes standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ComplaintThemes STANDARD = load("themes.txt");
    }

    static ComplaintThemes load(String resource) {
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = ComplaintThemes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing theme lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ComplaintTheme current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = ComplaintTheme.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("theme lexicon: a phrase before any [theme] header");
                }
                // Phrase tokens split on spaces only, so a trailing '*' (prefix match) survives.
                phrases.add(new Phrase(current, line.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ComplaintThemes(phrases);
    }

    /** Votes per theme found in the text (empty when no cue matched). */
    public Map<ComplaintTheme, Integer> votes(String text) {
        String[] words = tokens(text == null ? "" : text);
        Map<ComplaintTheme, Integer> votes = new EnumMap<>(ComplaintTheme.class);
        for (Phrase phrase : phrases) {
            if (occurs(phrase.tokens(), words)) {
                votes.merge(phrase.theme(), 1, Integer::sum);
            }
        }
        return votes;
    }

    /** The comment's theme: most votes, ties to the earlier theme, {@link ComplaintTheme#OTHER} without a cue. */
    public ComplaintTheme themeOf(String text) {
        Map<ComplaintTheme, Integer> votes = votes(text);
        ComplaintTheme best = ComplaintTheme.OTHER;
        int most = 0;
        for (Map.Entry<ComplaintTheme, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        return best;
    }

    private static boolean occurs(String[] phrase, String[] words) {
        outer:
        for (int start = 0; start + phrase.length <= words.length; start++) {
            for (int i = 0; i < phrase.length; i++) {
                String p = phrase[i];
                String w = words[start + i];
                boolean match = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
                if (!match) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String[] tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return java.util.Arrays.stream(TOKEN_SPLIT.split(lower)).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }
}
