package com.safereply.app.digest;

import com.safereply.app.audit.AuditEvent;
import com.safereply.app.audit.AuditLog;
import com.safereply.app.audit.AuditRange;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftStore;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.practice.DigestSchedule;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.core.themes.ComplaintTheme;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The weekly complaint-themes digest of one practice (issue 18). Run by a schedule more often than weekly; for each
 * practice it sends the digest of the week just ended once, when the practice's configured day and hour have come
 * in its time zone.
 *
 * <p>Where the numbers come from: the practice's audit chain (sealed first) gives when each comment arrived, was
 * approved and was published; the draft gives its triage (category, emergency and crisis flags) and, through the
 * triage engine's theme cues, its complaint theme. Only counts leave: {@link DigestCalculator} suppresses small ones.
 */
public final class DigestService {
    /** Audit events read per page while gathering (bounded memory per page). */
    private static final int PAGE = 1000;

    /** What one run did for a practice. */
    public enum Outcome { SENT, NOT_DUE, ALREADY_SENT, DISABLED }

    private final AuditLog log;
    private final DraftStore drafts;
    private final DigestStore digests;
    private final DigestSender sender;
    private final Function<String, ComplaintTheme> themes;
    private final Clock clock;
    private final String pageBaseUrl;

    public DigestService(AuditLog log, DraftStore drafts, DigestStore digests, DigestSender sender,
                         Function<String, ComplaintTheme> themes, Clock clock, String pageBaseUrl) {
        this.log = Objects.requireNonNull(log);
        this.drafts = Objects.requireNonNull(drafts);
        this.digests = Objects.requireNonNull(digests);
        this.sender = Objects.requireNonNull(sender);
        this.themes = Objects.requireNonNull(themes);
        this.clock = Objects.requireNonNull(clock);
        this.pageBaseUrl = Objects.requireNonNull(pageBaseUrl);
    }

    public Outcome run(PracticeAccount practice) {
        DigestSchedule schedule = practice.digest();
        if (!schedule.enabled()) {
            return Outcome.DISABLED;
        }
        Instant now = clock.instant();
        DigestWeek thisWeek = DigestWeek.containing(now, schedule.zone());
        ZonedDateTime due = thisWeek.monday().plusDays(schedule.day().getValue() - 1L)
                .atTime(schedule.hour(), 0).atZone(schedule.zone());
        if (now.isBefore(due.toInstant())) {
            return Outcome.NOT_DUE;
        }
        return send(practice, thisWeek.previous(), now) ? Outcome.SENT : Outcome.ALREADY_SENT;
    }

    /**
     * Computes {@code week}'s digest as of {@code now}, keeps it and sends it, once: false when that week's digest was
     * kept already. If sending fails the kept digest is removed, so the next run sends it again. The schedule sends
     * the week just ended; the local run also sends the week so far on request, for demos and the browser test.
     */
    public boolean send(PracticeAccount practice, DigestWeek week, Instant now) {
        if (digests.find(practice.practiceId(), week.id()).isPresent()) {
            return false;
        }
        WeeklyDigest digest = compute(practice, week, now);
        if (!digests.saveIfAbsent(digest)) {
            return false;
        }
        try {
            sender.send(practice, digest, pageLink(week.id()));
        } catch (RuntimeException e) {
            digests.remove(practice.practiceId(), week.id());
            throw e;
        }
        return true;
    }

    /**
     * The digest on the approvers' page: {@code <base>/app/index.html#/digest/<week>}. The week sits in the fragment
     * (never sent to a server); the page reads the practice from the approver's sign-in, so the link names none.
     */
    public String pageLink(String weekId) {
        return pageBaseUrl + "/app/index.html#/digest/" + weekId;
    }

    /** The digest of {@code week} as of {@code now} (also what the page shows for a week not sent yet). */
    public WeeklyDigest compute(PracticeAccount practice, DigestWeek week, Instant now) {
        String practiceId = practice.practiceId();
        log.seal(practiceId);
        Instant from = week.previous().start();
        Map<String, Timeline> timelines = timelines(practiceId, new AuditRange(from, now.plusMillis(1)));
        List<DraftFacts> facts = new ArrayList<>();
        for (Map.Entry<String, Timeline> entry : timelines.entrySet()) {
            Timeline t = entry.getValue();
            Instant arrived = t.received != null ? t.received : t.triaged;
            if (arrived == null || arrived.isBefore(from) || !arrived.isBefore(week.end())) {
                continue;
            }
            Optional<DraftRecord> draft = drafts.findById(entry.getKey());
            if (draft.isEmpty()) {
                continue; // received, not triaged yet: no category to count it under
            }
            TriageSummary triage = draft.get().triage();
            facts.add(new DraftFacts(entry.getKey(), arrived, triage.category(),
                    DigestCalculator.themeFor(triage.category(), themes.apply(draft.get().comment().text())),
                    triage.flags().contains(TriageSummary.EMERGENCY), triage.flags().contains(TriageSummary.CRISIS),
                    practice.sla().forUrgency(draft.get().urgency()), Optional.ofNullable(t.approved),
                    Optional.ofNullable(t.published)));
        }
        return DigestCalculator.compute(practiceId, week, facts, now);
    }

    private static final class Timeline {
        Instant received;
        Instant triaged;
        Instant approved;
        Instant published;
    }

    private Map<String, Timeline> timelines(String practiceId, AuditRange range) {
        Map<String, Timeline> timelines = new LinkedHashMap<>();
        OptionalLong first = log.firstSequenceAtOrAfter(practiceId, range.from());
        if (first.isEmpty()) {
            return timelines;
        }
        long after = first.getAsLong() - 1;
        AuditLog.Page page;
        do {
            page = log.page(practiceId, range, after, PAGE);
            for (AuditEvent e : page.events()) {
                after = e.sequence();
                Timeline t = timelines.computeIfAbsent(e.draftId(), id -> new Timeline());
                switch (e.action()) {
                    case "received" -> t.received = t.received == null ? e.at() : t.received;
                    case "triaged" -> t.triaged = t.triaged == null ? e.at() : t.triaged;
                    case "approved" -> t.approved = t.approved == null ? e.at() : t.approved;
                    case "published" -> t.published = t.published == null ? e.at() : t.published;
                    default -> { }
                }
            }
        } while (page.hasMore());
        timelines.remove("-");
        return timelines;
    }
}
