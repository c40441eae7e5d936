package com.safereply.store;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import com.safereply.app.audit.AuditChain;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.audit.AuditStream;
import com.safereply.app.audit.ChainVerifier;
import com.safereply.app.audit.ExportFormat;
import com.safereply.app.audit.ExportReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.BufferedWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scale figure of the audit export (a benchmark program, not a test): seeds N chained events of one practice in
 * DynamoDB Local (running in ANOTHER JVM, so its memory is not counted), then exports them page by page to a file
 * as the CLI and the function do, recording time and the exporting JVM's peak heap, and verifies the file's chain.
 *
 * <pre>
 * java -Xmx1g  -cp $CP com.safereply.store.AuditExportBenchmark server 8123 &amp;
 * java -Xmx64m -cp $CP com.safereply.store.AuditExportBenchmark run http://127.0.0.1:8123 100000 csv 1000
 * </pre>
 * See docs/benchmarks.md ("Audit export at scale").
 */
public final class AuditExportBenchmark {

    private AuditExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("server")) {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", args[1], "-disableTelemetry"});
            server.start();
            System.out.println("DynamoDB Local on port " + args[1]);
            server.join();
            return;
        }
        URI endpoint = URI.create(args[1]);
        int n = Integer.parseInt(args[2]);
        ExportFormat format = ExportFormat.parse(args.length > 3 ? args[3] : "csv");
        int pageSize = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        String table = "bench-audit-" + System.nanoTime();
        StoreConfig config = StoreConfig.local(table, endpoint);
        DynamoDbClient client = DynamoDbClients.create(config);
        TableDefinition.create(client, table);
        String practice = "bench-practice";
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

        long seedStart = System.nanoTime();
        seed(client, table, practice, t0, n);
        System.out.printf("seeded %,d chained events in %.1f s%n", n, (System.nanoTime() - seedStart) / 1e9);

        DynamoDbAuditLog log = new DynamoDbAuditLog(client, table);
        AuditRange year = new AuditRange(t0, t0.plusSeconds(366L * 86_400));
        Path file = Files.createTempFile("audit-export", "." + format.name().toLowerCase());
        System.gc();
        resetPeaks();
        long heapBefore = heapUsed();
        long start = System.nanoTime();
        long written;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            written = AuditStream.write(log, practice, year, format, out, pageSize);
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPeak();
        System.out.printf("exported %,d events (%s, pages of %d) in %.1f s = %,.0f events/s; file %,d bytes%n",
                written, format, pageSize, exportSeconds, written / exportSeconds, Files.size(file));
        System.out.printf("heap: max %d MB, used before %.1f MB, peak during export %.1f MB%n",
                Runtime.getRuntime().maxMemory() >> 20, heapBefore / 1048576.0, peak / 1048576.0);

        long verifyStart = System.nanoTime();
        ChainVerifier.Report report;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = ChainVerifier.verify(new ExportReader(in), null);
        }
        System.out.printf("verify: %s, %,d events in %.1f s%n", report.problem(), report.checked(),
                (System.nanoTime() - verifyStart) / 1e9);
        Files.delete(file);
        client.deleteTable(b -> b.tableName(table));
        if (written != n || !report.intact()) {
            throw new IllegalStateException("export incomplete or broken");
        }
    }

    /** Writes the chain directly (BatchWriteItem, 25 per call): sealing 100,000 items one batch at a time is slower. */
    private static void seed(DynamoDbClient client, String table, String practice, Instant t0, int n) {
        AuditEvent previous = null;
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < n; i++) {
            previous = AuditChain.append(previous, practice, t0.plusMillis(250L * i), "approver-" + (i % 7),
                    i % 3 == 0 ? "viewed" : i % 3 == 1 ? "edited" : "approved", "draft-" + (i / 6), 1 + i % 6,
                    "ab".repeat(32), i % 3 == 1 ? "verdict safe" : null);
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                    .item(DynamoDbAuditLog.linkItem(previous, "e" + i, previous.at())).build()).build());
            if (batch.size() == 25 || i == n - 1) {
                Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> requestItems = pending;
                    pending = client.batchWriteItem(b -> b.requestItems(requestItems)).unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
