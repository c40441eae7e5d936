package com.safereply.webhook.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.safereply.app.CommentIngest;
import com.safereply.app.InboundComment;
import com.safereply.app.IngestOutcome;

/**
 * Stands in for the DynamoDB-backed ingest in HTTP tests: records every call and answers with a scripted outcome.
 * Channel {@link #UNKNOWN_CHANNEL} is unclaimed, as the real ingest would report for a page no practice owns. Enabled
 * only by the edge tests' profiles ({@link SignedTestProfile}); the DynamoDB integration tests run the real ingest.
 */
@Alternative
@Singleton
public class RecordingCommentIngest implements CommentIngest {

    public static final String UNKNOWN_CHANNEL = "999000111222333";

    private final List<InboundComment> calls = new CopyOnWriteArrayList<>();
    private volatile Function<InboundComment, IngestOutcome> behaviour = RecordingCommentIngest::byChannel;

    @Override
    public IngestOutcome ingest(InboundComment comment) {
        calls.add(comment);
        return behaviour.apply(comment);
    }

    public List<InboundComment> calls() {
        return List.copyOf(calls);
    }

    public void answerWith(Function<InboundComment, IngestOutcome> behaviour) {
        this.behaviour = behaviour;
    }

    public void reset() {
        calls.clear();
        behaviour = RecordingCommentIngest::byChannel;
    }

    private static IngestOutcome byChannel(InboundComment comment) {
        return UNKNOWN_CHANNEL.equals(comment.channelId()) ? IngestOutcome.UNKNOWN_CHANNEL : IngestOutcome.CREATED;
    }
}
