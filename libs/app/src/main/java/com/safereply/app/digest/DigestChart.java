package com.safereply.app.digest;

import java.util.Map;

/**
 * The digest's complaint themes as a small SVG bar chart, made on the server (no script, no third-party code). Bars
 * are drawn only for shown counts; a suppressed count has no bar and reads {@code <3}. Labels are the fixed theme
 * labels and numbers, so nothing from a comment can reach the image.
 */
public final class DigestChart {
    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_WIDTH = 260;

    private DigestChart() {}

    public static String svg(WeeklyDigest digest) {
        Map<String, WeeklyDigest.Shown> themes = digest.themes();
        long max = themes.values().stream().mapToLong(DigestChart::value).max().orElse(0);
        int height = ROW * (themes.size() + 1) + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Complaint themes, week ").append(escape(digest.weekId()))
                .append("\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.append("<text x=\"0\" y=\"15\" font-weight=\"bold\">Complaint themes, week ")
                .append(escape(digest.weekId())).append("</text>");
        int y = ROW;
        for (Map.Entry<String, WeeklyDigest.Shown> row : themes.entrySet()) {
            long value = value(row.getValue());
            int bar = max == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) value / max);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">")
                    .append(escape(row.getKey().replace('_', ' '))).append("</text>");
            if (bar > 0) {
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(bar).append("\" height=\"14\" fill=\"#3b6ea5\"/>");
            }
            svg.append("<text x=\"").append(LABEL_WIDTH + bar + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(escape(row.getValue().count())).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static long value(WeeklyDigest.Shown shown) {
        return shown.count().equals(SmallCounts.SUPPRESSED) ? 0 : Long.parseLong(shown.count());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
