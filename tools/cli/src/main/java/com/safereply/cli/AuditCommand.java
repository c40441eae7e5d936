package com.safereply.cli;

import com.safereply.app.StoreUnavailableException;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.AuditStream;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.audit.ExportFormat;
import com.safereply.app.audit.ExportReader;
import com.safereply.store.DynamoDbAuditBackfill;
import com.safereply.store.DynamoDbStores;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code audit export} and {@code audit verify} for operators.
 *
 * <ul>
 *   <li>{@code export --practice ID --from T --to T [--format csv|jsonl] [--page-size N]}: seals the practice's
 *   pending audit items into its chain, then writes the range in chain order to stdout, page by page (memory holds
 *   one page). Reads the table named by {@code TABLE_NAME} ({@code DYNAMODB_ENDPOINT}, {@code AWS_REGION} as for the
 *   functions). Never writes comment or reply text: that is the compliance group's audited API option.</li>
 *   <li>{@code verify [--file F]}: reads an export (CSV or JSON lines, stdin by default), recomputes the chain and
 *   reports the first broken link. Exit 0 intact, 1 broken, 2 usage or unreadable input.</li>
 *   <li>{@code seal-backfill --practice ID}: chains the practice's audit items written before its chain existed
 *   ({@link DynamoDbAuditBackfill}); idempotent, a second run chains nothing.</li>
 * </ul>
 */
final class AuditCommand {
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: java -jar safereply-cli.jar audit export --practice ID --from INSTANT --to INSTANT [--format csv|jsonl] [--page-size N]
                   java -jar safereply-cli.jar audit verify [--file EXPORT]   (stdin without --file)
                   java -jar safereply-cli.jar audit seal-backfill --practice ID
              export  the practice's audit events in [from, to) in chain order, with the hash chain, no text
                      (table from TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION)
              verify  recompute an export's hash chain; report the first broken link (exit 1)
              seal-backfill  chain the practice's audit items written before its chain existed (once; safe to rerun)""";

    private final Supplier<AuditLog> log;
    private final Supplier<DynamoDbAuditBackfill> backfill;

    AuditCommand(Supplier<AuditLog> log, Supplier<DynamoDbAuditBackfill> backfill) {
        this.log = log;
        this.backfill = backfill;
    }

    /** On the table the environment names; the clients are made only when a subcommand needs them. */
    static AuditCommand onDynamoDb() {
        Supplier<DynamoDbStores> stores = new Supplier<>() {
            private DynamoDbStores made;

            @Override
            public DynamoDbStores get() {
                if (made == null) {
                    made = DynamoDbStores.fromEnvironment();
                }
                return made;
            }
        };
        return new AuditCommand(() -> stores.get().auditLog(), () -> stores.get().auditBackfill());
    }

    int run(List<String> args, InputStream in, OutputStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Map<String, String> options;
        try {
            options = options(args.subList(1, args.size()));
        } catch (IllegalArgumentException e) {
            err.println("safereply audit: " + e.getMessage() + "\n" + USAGE_TEXT);
            return USAGE;
        }
        return switch (args.get(0)) {
            case "export" -> export(options, out, err);
            case "verify" -> verify(options, in, out, err);
            case "seal-backfill" -> sealBackfill(options, out, err);
            default -> {
                err.println("safereply audit: unknown subcommand '" + args.get(0) + "'\n" + USAGE_TEXT);
                yield USAGE;
            }
        };
    }

    private int export(Map<String, String> options, OutputStream out, PrintStream err) {
        String practiceId = options.get("--practice");
        AuditRange range;
        ExportFormat format;
        int pageSize;
        try {
            if (practiceId == null || options.get("--from") == null || options.get("--to") == null) {
                throw new IllegalArgumentException("--practice, --from and --to are required");
            }
            range = new AuditRange(Instant.parse(options.get("--from")), Instant.parse(options.get("--to")));
            format = ExportFormat.parse(options.getOrDefault("--format", "csv"));
            pageSize = Integer.parseInt(options.getOrDefault("--page-size", "1000"));
            if (pageSize < 1 || pageSize > 5000) {
                throw new IllegalArgumentException("--page-size must be 1..5000");
            }
        } catch (DateTimeParseException e) {
            err.println("safereply audit: --from and --to must be ISO-8601 instants, e.g. 2026-11-01T00:00:00Z");
            return USAGE;
        } catch (IllegalArgumentException e) {
            err.println("safereply audit: " + e.getMessage());
            return USAGE;
        }
        try {
            AuditLog chain = log.get();
            int sealed = chain.seal(practiceId);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            long written = AuditStream.write(chain, practiceId, range, format, writer, pageSize);
            writer.flush();
            err.println("safereply audit: " + written + " events exported (" + sealed + " newly chained)");
            return INTACT;
        } catch (StoreUnavailableException e) {
            err.println("safereply audit: the table is unavailable: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("safereply audit: I/O error: " + e.getMessage());
            return USAGE;
        }
    }

    private int sealBackfill(Map<String, String> options, OutputStream out, PrintStream err) {
        String practiceId = options.get("--practice");
        if (practiceId == null || options.size() != 1) {
            err.println("safereply audit: seal-backfill takes --practice and nothing else");
            return USAGE;
        }
        try {
            DynamoDbAuditBackfill.Result result = backfill.get().run(practiceId);
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            print.println("practice " + practiceId + ": " + result.found() + " audit items without a chain mark, "
                    + result.alreadyChained() + " of them chained already, " + result.queued() + " queued; "
                    + result.chained() + " events chained");
            return INTACT;
        } catch (StoreUnavailableException e) {
            err.println("safereply audit: the table is unavailable: " + e.getMessage());
            return USAGE;
        }
    }

    private static int verify(Map<String, String> options, InputStream in, OutputStream out, PrintStream err) {
        try (Reader reader = options.containsKey("--file")
                ? Files.newBufferedReader(Path.of(options.get("--file")), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ChainVerifier.Report report = ChainVerifier.verify(new ExportReader(reader), null);
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            if (report.intact()) {
                print.println("intact: " + report.checked() + " events, every link holds");
                return INTACT;
            }
            print.println("broken: " + report.problem() + " (" + report.checked() + " events before it hold)");
            return BROKEN;
        } catch (IllegalArgumentException e) {
            err.println("safereply audit: unreadable export: " + e.getMessage());
            return USAGE;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("safereply audit: cannot read the export: " + e.getMessage());
            return USAGE;
        }
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!List.of("--practice", "--from", "--to", "--format", "--page-size", "--file").contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.put(name, args.get(i + 1));
        }
        return options;
    }
}
