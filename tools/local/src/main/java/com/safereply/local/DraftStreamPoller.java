package com.safereply.local;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.safereply.store.stream.ChangeRecord;
import com.safereply.notify.DraftStreamProcessor;
import com.safereply.store.TableDefinition;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What Lambda's stream event source mappings do for {@code TriageFunction} and {@code NotifyFunction}, locally: reads
 * the table's stream from DynamoDB Local and hands the records to the functions' own processors
 * ({@link StreamConsumers}: triage's {@code CommentStreamProcessor}, then notify's {@link DraftStreamProcessor}). At start every open
 * shard is read from LATEST (drafts of earlier runs were notified then); shards that appear later are read from
 * TRIM_HORIZON, so nothing written after start is missed.
 *
 * <p>Keeping up with a burst: a read that returned records is followed by the next read at once (up to 1,000 records
 * each, GetRecords' maximum); {@code interval} is only waited when the stream is idle. The records of one read are
 * split into {@code lanes} by item key and the lanes processed concurrently, as Lambda's parallelization factor does:
 * the changes of one item stay in order, and the work is mostly waiting on DynamoDB Local and SNS round trips.
 *
 * <p>Failures: a record whose notification failed (the processor logs it, without PHI) is retried after
 * {@code interval}, doubling, up to {@value #MAX_RETRIES} times (the template's {@code MaximumRetryAttempts}); after
 * that it is logged by id and dropped, where Lambda would send it to the dead-letter queue. Unlike Lambda the shard is
 * not held back meanwhile (the processor's conditional receipt makes the order of a retry harmless). A failed read is
 * logged and the next poll reads again from the same iterator.
 */
final class DraftStreamPoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DraftStreamPoller.class);
    /** New shards are looked for every this many polls (and whenever a shard closes). */
    private static final int DESCRIBE_EVERY = 20;
    /** GetRecords' own maximum. */
    static final int MAX_RECORDS_PER_READ = 1000;
    /** As {@code MaximumRetryAttempts: 5} on the notify function's stream mapping in {@code template.yaml}. */
    static final int MAX_RETRIES = 5;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final StreamConsumers processor;
    private final Duration interval;
    private final int lanes;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Map<String, String> lastSequenceNumbers = new HashMap<>();
    private final Set<String> knownShards = new HashSet<>();
    private final List<Retry> retries = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-stream-poller");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService workers;
    private volatile boolean closed;
    private int polls;

    /** A record that failed, and when it is tried next. */
    private record Retry(ChangeRecord record, int retriesDone, long dueNanos) {
    }

    private DraftStreamPoller(DynamoDbStreamsClient streams, String streamArn, StreamConsumers processor,
                              Duration interval, int lanes) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.processor = processor;
        this.interval = interval;
        this.lanes = Math.max(1, lanes);
        this.workers = Executors.newFixedThreadPool(this.lanes, r -> {
            Thread t = new Thread(r, "local-stream-lane");
            t.setDaemon(true);
            return t;
        });
    }

    static DraftStreamPoller start(DynamoDbClient dynamoDb, URI endpoint, String region, String table,
                                   StreamConsumers processor, Duration interval, int lanes) {
        String streamArn = dynamoDb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException("table " + table + " has no stream (TableDefinition enables it)");
        }
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
        DraftStreamPoller poller = new DraftStreamPoller(streams, streamArn, processor, interval, lanes);
        poller.discoverShards(ShardIteratorType.LATEST);
        poller.timer.scheduleWithFixedDelay(poller::pollSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return poller;
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.close();
    }

    /** A failed poll (DynamoDB Local stopping, a hiccup) is logged and the next one tries again. */
    private void pollSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warnf("stream poll failed: %s", e.getClass().getSimpleName());
            }
        }
    }

    /** Reads until a round over all shards returns nothing: a backlog is read back to back. */
    private void drain() {
        boolean more = true;
        while (more && !closed) {
            retryDue();
            more = readShards() > 0;
        }
    }

    /** One read of every open shard; @return how many records were read. */
    private int readShards() {
        if (++polls % DESCRIBE_EVERY == 0) {
            discoverShards(ShardIteratorType.TRIM_HORIZON);
        }
        int read = 0;
        boolean shardClosed = false;
        for (Map.Entry<String, String> shard : new ArrayList<>(iterators.entrySet())) {
            GetRecordsResponse response = getRecords(shard.getKey(), shard.getValue());
            List<Record> records = response.records();
            if (!records.isEmpty()) {
                read += records.size();
                lastSequenceNumbers.put(shard.getKey(), records.get(records.size() - 1).dynamodb().sequenceNumber());
                List<ChangeRecord> changes = records.stream().map(DraftStreamPoller::changeRecord).toList();
                scheduleRetries(changes, process(changes), 0);
            }
            if (response.nextShardIterator() == null) {
                iterators.remove(shard.getKey());
                shardClosed = true;
            } else {
                iterators.put(shard.getKey(), response.nextShardIterator());
            }
        }
        if (shardClosed) {
            discoverShards(ShardIteratorType.TRIM_HORIZON);
        }
        return read;
    }

    /** An iterator unused for 15 minutes expires: continue after the last record read (LATEST if none was). */
    private GetRecordsResponse getRecords(String shardId, String iterator) {
        try {
            return streams.getRecords(r -> r.shardIterator(iterator).limit(MAX_RECORDS_PER_READ));
        } catch (ExpiredIteratorException e) {
            String last = lastSequenceNumbers.get(shardId);
            String fresh = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shardId)
                    .shardIteratorType(last == null ? ShardIteratorType.LATEST : ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                    .sequenceNumber(last)).shardIterator();
            return streams.getRecords(r -> r.shardIterator(fresh).limit(MAX_RECORDS_PER_READ));
        }
    }

    /**
     * The records in {@code lanes} by item key, processed concurrently; @return the sequence numbers that failed.
     * With one lane (or one record) it runs on the poller's own thread.
     */
    private Set<String> process(List<ChangeRecord> records) {
        List<List<ChangeRecord>> byLane = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (ChangeRecord record : records) {
            byLane.get(Math.floorMod(itemKey(record).hashCode(), lanes)).add(record);
        }
        List<List<ChangeRecord>> busy = byLane.stream().filter(lane -> !lane.isEmpty()).toList();
        Set<String> failed = new HashSet<>();
        if (busy.size() == 1) {
            failed.addAll(processor.process(busy.get(0)));
            return failed;
        }
        List<Future<List<String>>> results = new ArrayList<>();
        for (List<ChangeRecord> lane : busy) {
            results.add(workers.submit(() -> processor.process(lane)));
        }
        for (int i = 0; i < results.size(); i++) {
            try {
                failed.addAll(results.get(i).get());
            } catch (ExecutionException e) {
                // The processor catches per record; should a whole lane fail anyway, all of it is retried.
                busy.get(i).forEach(r -> failed.add(r.sequenceNumber()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                busy.get(i).forEach(r -> failed.add(r.sequenceNumber()));
            }
        }
        return failed;
    }

    private void retryDue() {
        if (retries.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        List<Retry> due = retries.stream().filter(r -> r.dueNanos() - now <= 0).toList();
        if (due.isEmpty()) {
            return;
        }
        retries.removeAll(due);
        // One retry count per record: records due together may have failed a different number of times.
        for (Retry retry : due) {
            List<ChangeRecord> one = List.of(retry.record());
            scheduleRetries(one, process(one), retry.retriesDone() + 1);
        }
    }

    private void scheduleRetries(List<ChangeRecord> processed, Set<String> failedSequenceNumbers, int retriesDone) {
        if (failedSequenceNumbers.isEmpty()) {
            return;
        }
        for (ChangeRecord record : processed) {
            if (!failedSequenceNumbers.contains(record.sequenceNumber())) {
                continue;
            }
            if (retriesDone >= MAX_RETRIES) {
                // Ids only. The escalation pass still reminds approvers once the draft's SLA has passed.
                LOG.errorf("stream record %s (sequence number %s) failed %d times; not retried again",
                        record.eventId(), record.sequenceNumber(), retriesDone + 1);
            } else {
                long delay = interval.toNanos() << retriesDone;
                retries.add(new Retry(record, retriesDone, System.nanoTime() + delay));
            }
        }
    }

    /** Starts reading every shard not seen before; {@code position} applies to those shards. */
    private void discoverShards(ShardIteratorType position) {
        String lastShard = null;
        do {
            String from = lastShard;
            var description = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(from))
                    .streamDescription();
            for (Shard shard : description.shards()) {
                if (knownShards.add(shard.shardId())) {
                    String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
                            .shardIteratorType(position)).shardIterator();
                    if (iterator != null) {
                        iterators.put(shard.shardId(), iterator);
                    }
                }
            }
            lastShard = description.lastEvaluatedShardId();
        } while (lastShard != null);
    }

    /** The table's key (PK, SK) of the item a record changed: records of one item share a lane. */
    private static String itemKey(ChangeRecord record) {
        Map<String, AttributeValue> image = record.newImage() != null ? record.newImage() : record.oldImage();
        if (image == null) {
            return record.eventId();
        }
        AttributeValue pk = image.get(TableDefinition.PK);
        AttributeValue sk = image.get(TableDefinition.SK);
        return (pk == null ? "" : pk.s()) + '\u0000' + (sk == null ? "" : sk.s());
    }

    private static ChangeRecord changeRecord(Record record) {
        var data = record.dynamodb();
        return new ChangeRecord(record.eventID(), data.sequenceNumber(), record.eventNameAsString(),
                data.hasOldImage() ? data.oldImage() : null, data.hasNewImage() ? data.newImage() : null);
    }
}
