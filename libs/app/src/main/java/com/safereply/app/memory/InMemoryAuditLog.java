package com.safereply.app.memory;

import com.safereply.app.audit.AuditChain;
import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditKinds;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.draft.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** {@link AuditLog} in memory, for use-case tests and local tools: audit items wait in a list until sealed. */
public final class InMemoryAuditLog implements AuditLog {
    private final Map<String, List<AuditEntry>> pending = new HashMap<>();
    private final Map<String, List<AuditEvent>> chains = new HashMap<>();
    /** Each link's chain time, beside its event (see {@link AuditLog}: never goes back along the chain). */
    private final Map<String, List<Instant>> chainTimes = new HashMap<>();

    /** An audit item as a store would have written it, waiting to be chained. */
    public synchronized void record(AuditEntry entry) {
        pending.computeIfAbsent(entry.practiceId(), p -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized void recordPracticeEvent(AuditEntry entry) {
        record(entry);
    }

    @Override
    public synchronized int seal(String practiceId) {
        List<AuditEntry> waiting = pending.getOrDefault(practiceId, new ArrayList<>());
        waiting.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::entryId));
        List<AuditEvent> chain = chains.computeIfAbsent(practiceId, p -> new ArrayList<>());
        List<Instant> times = chainTimes.computeIfAbsent(practiceId, p -> new ArrayList<>());
        int appended = 0;
        for (AuditEntry e : waiting) {
            for (AuditKinds.Kind kind : AuditKinds.of(e.action(), e.detail())) {
                AuditEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                chain.add(AuditChain.append(last, practiceId, e.at(), e.actor(), kind.action(), e.draftId(),
                        e.draftVersion(), e.textHash(), kind.detail()));
                Instant previous = times.isEmpty() ? Instant.EPOCH : times.get(times.size() - 1);
                times.add(previous.isAfter(e.at()) ? previous : e.at());
                appended++;
            }
        }
        waiting.clear();
        return appended;
    }

    @Override
    public synchronized Page page(String practiceId, AuditRange range, long afterSequence, int limit) {
        List<AuditEvent> chain = chains.getOrDefault(practiceId, List.of());
        List<Instant> times = chainTimes.getOrDefault(practiceId, List.of());
        List<AuditEvent> out = new ArrayList<>();
        for (int i = (int) afterSequence; i < chain.size(); i++) {
            AuditEvent e = chain.get(i);
            if (!times.get(i).isBefore(range.to())) {
                return new Page(out, false);
            }
            if (out.size() == limit) {
                return new Page(out, true);
            }
            out.add(e);
        }
        return new Page(out, false);
    }

    @Override
    public synchronized OptionalLong firstSequenceAtOrAfter(String practiceId, Instant from) {
        List<Instant> times = chainTimes.getOrDefault(practiceId, List.of());
        for (int i = 0; i < times.size(); i++) {
            if (!times.get(i).isBefore(from)) {
                return OptionalLong.of(chains.get(practiceId).get(i).sequence());
            }
        }
        return OptionalLong.empty();
    }

    /** The whole chain of a practice, for assertions. */
    public synchronized List<AuditEvent> chain(String practiceId) {
        return List.copyOf(chains.getOrDefault(practiceId, List.of()));
    }
}
