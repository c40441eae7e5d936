package com.safereply.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads an export back, one event at a time, for {@link ChainVerifier}: CSV (as {@link CsvAuditWriter} writes it,
 * header repeated per page allowed) or JSON lines, told apart by the first character. Streams: memory holds one
 * event. A malformed row is an {@link IllegalArgumentException} naming its row number, never its content.
 */
public final class ExportReader implements Iterator<AuditEvent> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reader in;
    private final boolean csv;
    private int pushedBack = -2;
    private long row;
    private AuditEvent next;
    private List<String> header;

    public ExportReader(Reader in) {
        this.in = in;
        int first = read();
        this.csv = first != '{' && first != -1;
        pushedBack = first;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = csv ? nextCsv() : nextJson();
        }
        return next != null;
    }

    @Override
    public AuditEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AuditEvent e = next;
        next = null;
        return e;
    }

    private AuditEvent nextJson() {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = read();
            if (c == -1 && line.isEmpty()) {
                return null;
            }
            if (c == -1 || c == '\n') {
                if (line.toString().isBlank()) {
                    if (c == -1) {
                        return null;
                    }
                    continue;
                }
                row++;
                try {
                    JsonNode n = JSON.readTree(line.toString());
                    return event(text(n, "practiceId"), n.path("sequence").asLong(-1), text(n, "at"),
                            text(n, "actor"), text(n, "action"), text(n, "draftId"),
                            n.path("draftVersion").asLong(-1), text(n, "textSha256"),
                            n.hasNonNull("detail") ? n.get("detail").asText() : null, text(n, "previousHash"),
                            text(n, "hash"));
                } catch (IOException e) {
                    throw new IllegalArgumentException("row " + row + ": not a JSON object");
                }
            }
            line.append((char) c);
        }
    }

    private AuditEvent nextCsv() {
        while (true) {
            List<String> fields = csvRecord();
            if (fields == null) {
                return null;
            }
            if (!fields.isEmpty() && fields.get(0).equals("sequence")) {
                header = fields;
                continue;
            }
            row++;
            if (header == null || fields.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + ": expected " + (header == null ? "a header"
                        : header.size() + " fields") + ", found " + fields.size());
            }
            try {
                return event(field(fields, "practiceId"), Long.parseLong(field(fields, "sequence")),
                        field(fields, "at"), field(fields, "actor"), field(fields, "action"), field(fields, "draftId"),
                        Long.parseLong(field(fields, "draftVersion")), field(fields, "textSha256"),
                        emptyToNull(field(fields, "detail")), field(fields, "previousHash"), field(fields, "hash"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("row " + row + ": a number field is not a number");
            }
        }
    }

    private String field(List<String> fields, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("the header has no column " + name);
        }
        String value = fields.get(i);
        return value.startsWith("'") ? value.substring(1) : value;
    }

    /** One RFC 4180 record (quoted fields may hold commas, quotes and line breaks), or null at the end. */
    private List<String> csvRecord() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (!any) {
                    return null;
                }
                if (quoted) {
                    throw new IllegalArgumentException("row " + (row + 1) + ": a quoted field is not closed");
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = after;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private AuditEvent event(String practiceId, long sequence, String at, String actor, String action,
                             String draftId, long draftVersion, String textHash, String detail, String previousHash,
                             String hash) {
        try {
            return new AuditEvent(practiceId, sequence, Instant.parse(at), actor, action, draftId, draftVersion,
                    textHash, detail, previousHash, hash);
        } catch (NullPointerException | DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("row " + row + ": a required field is missing or malformed");
        }
    }

    private static String text(JsonNode n, String name) {
        return n.hasNonNull(name) ? n.get(name).asText() : null;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
