package com.safereply.local;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.safereply.notify.ChangeRecord;
import com.safereply.notify.DraftStreamProcessor;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * What Lambda's stream event source mapping does for {@code NotifyFunction}, locally: reads the table's stream from
 * DynamoDB Local and hands each batch to the notify function's own {@link DraftStreamProcessor}. At start every open
 * shard is read from LATEST (drafts of earlier runs were notified then); shards that appear later are read from
 * TRIM_HORIZON, so nothing written after start is missed. One thread, polling every {@code interval}.
 *
 * <p>Unlike Lambda it does not retry a record whose notification failed (the processor logs it): the local SNS
 * stand-in does not fail.
 */
final class DraftStreamPoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DraftStreamPoller.class);
    /** New shards are looked for every this many polls (and whenever a shard closes). */
    private static final int DESCRIBE_EVERY = 20;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final DraftStreamProcessor processor;
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Set<String> knownShards = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-stream-poller");
        t.setDaemon(true);
        return t;
    });
    private int polls;

    private DraftStreamPoller(DynamoDbStreamsClient streams, String streamArn, DraftStreamProcessor processor) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.processor = processor;
    }

    static DraftStreamPoller start(DynamoDbClient dynamoDb, URI endpoint, String region, String table,
                                   DraftStreamProcessor processor, Duration interval) {
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
        DraftStreamPoller poller = new DraftStreamPoller(streams, streamArn, processor);
        poller.discoverShards(ShardIteratorType.LATEST);
        poller.timer.scheduleWithFixedDelay(poller::pollSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return poller;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.close();
    }

    /** A failed poll (DynamoDB Local stopping, a hiccup) is logged and the next one tries again. */
    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warnf("stream poll failed: %s", e.getClass().getSimpleName());
        }
    }

    private void poll() {
        if (++polls % DESCRIBE_EVERY == 0) {
            discoverShards(ShardIteratorType.TRIM_HORIZON);
        }
        boolean shardClosed = false;
        for (Map.Entry<String, String> shard : new ArrayList<>(iterators.entrySet())) {
            GetRecordsResponse response = streams.getRecords(r -> r.shardIterator(shard.getValue()).limit(100));
            if (!response.records().isEmpty()) {
                processor.process(response.records().stream().map(DraftStreamPoller::changeRecord).toList());
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

    private static ChangeRecord changeRecord(Record record) {
        var data = record.dynamodb();
        return new ChangeRecord(record.eventID(), data.sequenceNumber(), record.eventNameAsString(),
                data.hasOldImage() ? data.oldImage() : null, data.hasNewImage() ? data.newImage() : null);
    }
}
