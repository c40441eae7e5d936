package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Publishing pauses in memory, for use-case tests; remembers who resumed what. */
public final class InMemoryPublishingPauses implements PublishingPauses {

    /** A lifted pause and who lifted it. */
    public record Resumed(PublishingPause pause, String by, Instant at) {}

    private final Map<String, PublishingPause> paused = new ConcurrentHashMap<>();
    private final List<Resumed> resumed = new ArrayList<>();

    @Override
    public Optional<PublishingPause> pauseOf(String practiceId) {
        return Optional.ofNullable(paused.get(practiceId));
    }

    @Override
    public void pause(String practiceId, Platform platform, Instant at) {
        paused.putIfAbsent(practiceId, new PublishingPause(practiceId, platform, at));
    }

    @Override
    public synchronized Optional<PublishingPause> resume(String practiceId, String by, Instant at) {
        Optional<PublishingPause> lifted = Optional.ofNullable(paused.remove(practiceId));
        lifted.ifPresent(pause -> resumed.add(new Resumed(pause, by, at)));
        return lifted;
    }

    public synchronized List<Resumed> resumed() {
        return List.copyOf(resumed);
    }
}
