package com.safereply.app.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A social platform in memory, for use-case tests: it keeps the public replies and hidden comments, and can be told to
 * fail the next calls in each way a real platform does, including writing a reply and then losing the answer.
 */
public final class InMemoryPlatform implements ReplyGateway {

    /** How the next post behaves. */
    public enum Behaviour { WRITE, WRITE_THEN_LOSE_ANSWER, THROTTLE, SERVER_ERROR_WITHOUT_WRITE, REFUSE_TOKEN,
        TARGET_GONE, POLICY_BLOCK }

    public record PublicReply(String replyId, String accountId, String commentId, String text) {}

    private final List<PublicReply> replies = new ArrayList<>();
    private final List<String> hiddenComments = new ArrayList<>();
    private final Deque<Behaviour> scripted = new ArrayDeque<>();
    private final Deque<Behaviour> scriptedHides = new ArrayDeque<>();
    private final Map<String, Integer> readBacks = new ConcurrentHashMap<>();
    private int postCalls;

    /** The next posts behave as given, in order; after them, posts write normally. */
    public synchronized InMemoryPlatform next(Behaviour... behaviours) {
        scripted.addAll(List.of(behaviours));
        return this;
    }

    public synchronized List<PublicReply> replies() {
        return List.copyOf(replies);
    }

    public synchronized List<String> hiddenComments() {
        return List.copyOf(hiddenComments);
    }

    public synchronized int postCalls() {
        return postCalls;
    }

    public int readBacks(String commentId) {
        return readBacks.getOrDefault(commentId, 0);
    }

    @Override
    public synchronized PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken token) {
        postCalls++;
        Behaviour behaviour = scripted.isEmpty() ? Behaviour.WRITE : scripted.poll();
        switch (behaviour) {
            case THROTTLE:
                return new PlatformOutcome.NothingWritten("throttled");
            case SERVER_ERROR_WITHOUT_WRITE:
                return new PlatformOutcome.Unknown("500");
            case REFUSE_TOKEN:
                return new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, "190");
            case TARGET_GONE:
                return new PlatformOutcome.Refused(Refusal.TARGET_GONE, "100/33");
            case POLICY_BLOCK:
                return new PlatformOutcome.Refused(Refusal.POLICY_BLOCKED, "368");
            default:
                String id = "reply-" + (replies.size() + 1);
                replies.add(new PublicReply(id, target.accountId(), target.commentId(), text));
                return behaviour == Behaviour.WRITE_THEN_LOSE_ANSWER
                        ? new PlatformOutcome.Unknown("timeout after write")
                        : new PlatformOutcome.Done(id);
        }
    }

    @Override
    public synchronized ReadBack findOwnReply(ReplyTarget target, PlatformToken token) {
        readBacks.merge(target.commentId(), 1, Integer::sum);
        return replies.stream()
                .filter(r -> r.commentId().equals(target.commentId()) && r.accountId().equals(target.accountId()))
                .findFirst()
                .<ReadBack>map(r -> new ReadBack.Found(r.replyId()))
                .orElse(new ReadBack.Absent());
    }

    /** The next hides behave as given (only {@link Behaviour#POLICY_BLOCK} refuses); after them, hides work. */
    public synchronized InMemoryPlatform nextHide(Behaviour... behaviours) {
        scriptedHides.addAll(List.of(behaviours));
        return this;
    }

    @Override
    public synchronized PlatformOutcome hide(ReplyTarget target, PlatformToken token) {
        if (scriptedHides.poll() == Behaviour.POLICY_BLOCK) {
            return new PlatformOutcome.Refused(Refusal.POLICY_BLOCKED, "368");
        }
        if (!hiddenComments.contains(target.commentId())) {
            hiddenComments.add(target.commentId());
        }
        return new PlatformOutcome.Done("");
    }
}
