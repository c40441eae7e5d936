package com.safereply.notify;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a DynamoDB Local table's stream with the SDK (DescribeTable, DescribeStream, GetShardIterator, GetRecords)
 * and turns the records into the {@link DynamodbEvent} Lambda would deliver, as the event source mapping does.
 */
final class StreamRecords {

    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final String table;
    private final Map<String, String> nextIterators = new LinkedHashMap<>();

    StreamRecords(DynamoDbClient dynamo, URI endpoint, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .build();
    }

    /** Every record written since the previous call (the first call reads from the trim horizon). */
    DynamodbEvent readNew() {
        String streamArn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        List<DynamodbStreamRecord> out = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = nextIterators.get(shard.shardId());
            if (iterator == null) {
                iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            }
            while (iterator != null) {
                String current = iterator;
                var page = streams.getRecords(b -> b.shardIterator(current));
                page.records().forEach(r -> out.add(toLambda(r, streamArn)));
                iterator = page.nextShardIterator();
                nextIterators.put(shard.shardId(), iterator);
                if (page.records().isEmpty()) {
                    break;
                }
            }
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(out);
        return event;
    }

    private static DynamodbStreamRecord toLambda(Record r, String streamArn) {
        StreamRecord sr = new StreamRecord();
        sr.setKeys(toLambda(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage()) {
            sr.setNewImage(toLambda(r.dynamodb().newImage()));
        }
        if (r.dynamodb().hasOldImage()) {
            sr.setOldImage(toLambda(r.dynamodb().oldImage()));
        }
        sr.setSequenceNumber(r.dynamodb().sequenceNumber());
        sr.setSizeBytes(r.dynamodb().sizeBytes());
        sr.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(r.dynamodb().streamViewTypeAsString()));
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID(r.eventID());
        record.setEventName(r.eventNameAsString());
        record.setEventSource("aws:dynamodb");
        record.setEventVersion(r.eventVersion());
        record.setAwsRegion("us-east-1");
        record.setEventSourceARN(streamArn);
        record.setDynamodb(sr);
        return record;
    }

    static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambda(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(k, toLambda(v)));
        return out;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case BOOL -> out.setBOOL(v.bool());
            case NUL -> out.setNULL(true);
            case M -> out.setM(toLambda(v.m()));
            case L -> out.setL(v.l().stream().map(StreamRecords::toLambda).toList());
            case SS -> out.setSS(v.ss());
            case NS -> out.setNS(v.ns());
            case B -> out.setB(v.b().asByteBuffer());
            default -> throw new IllegalArgumentException("unsupported attribute type " + v.type());
        }
        return out;
    }
}
