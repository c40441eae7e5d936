package com.safereply.app.practice.admin;

import com.safereply.app.practice.ChannelClaimedException;
import com.safereply.app.practice.ChannelRef;
import com.safereply.app.practice.InvalidPracticeDocumentException;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDocument;
import com.safereply.app.review.ReviewNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Practice administration: the practice document (profile, languages, jurisdiction, SLA, two-person rule,
 * phrasebook), its channels and its approvers' accounts.
 *
 * <ul>
 *   <li><b>Tenancy first</b>: a practice the caller does not belong to is {@link ReviewNotFoundException} on every
 *   use case, before any other check, so the caller learns nothing and nothing is audited as theirs. Platform
 *   operators see every practice.</li>
 *   <li><b>Admins only</b>: members of the practice without {@code practice-admins} get
 *   {@link AdminForbiddenException}; only operators create practices (and {@link #put}, the operators' command).</li>
 *   <li><b>Versioned</b>: an update names the version it read; the store refuses a stale one. Claims and releases
 *   change only the channel list, so they re-read and retry on a concurrent change instead of failing.</li>
 *   <li><b>Audited</b>: every change appends a {@link PracticeChange} (who, when, field names) with the write.</li>
 *   <li><b>No vetted text through the back door</b>: a phrasebook sentence is vetted text (an approver alone may
 *   send it, the learned check does not score it), so sentences join a phrasebook only through proposals, which the
 *   guard checks and a second admin accepts. A document may carry its phrasebook as read, or fewer sentences, never
 *   a new one.</li>
 * </ul>
 */
public final class PracticeAdminService {

    private static final Pattern PRACTICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@+-]{1,128}");
    /** Deliberately plain: the identity provider checks deliverability by sending the invitation. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final int MAX_ATTEMPTS = 3;

    private final PracticeAdminStore store;
    private final ApproverAccounts approvers;
    private final Clock clock;

    public PracticeAdminService(PracticeAdminStore store, ApproverAccounts approvers, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.approvers = Objects.requireNonNull(approvers);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * For tools that only put practice documents (the operators' command line, the local run's seed): approvers are
     * managed through the API, so any approver use case here fails loudly instead of pretending.
     */
    public static PracticeAdminService documentsOnly(PracticeAdminStore store, Clock clock) {
        return new PracticeAdminService(store, NO_ACCOUNTS, clock);
    }

    private static final ApproverAccounts NO_ACCOUNTS = new ApproverAccounts() {
        @Override
        public ApproverAccount invite(String practiceId, String email, boolean admin) {
            throw unsupported();
        }

        @Override
        public Optional<ApproverAccount> find(String practiceId, String username) {
            throw unsupported();
        }

        @Override
        public void disable(String practiceId, String username) {
            throw unsupported();
        }

        @Override
        public List<ApproverAccount> list(String practiceId) {
            throw unsupported();
        }

        private IllegalStateException unsupported() {
            return new IllegalStateException("approvers are managed through the review API, not this tool");
        }
    };

    /** An operator creates a practice from its full document (channels included); 409 when the id exists. */
    public VersionedPractice create(Caller caller, String document) {
        requireOperator(caller, "only platform operators may create practices");
        PracticeAccount practice = PracticeDocument.parse(document);
        requireNoNewPhrases(null, practice);
        try {
            return store.write(practice, 0, change(caller, practice.practiceId(), PracticeChange.Action.CREATED,
                    PracticeDocument.changedFields(null, practice), null, 1));
        } catch (PracticeVersionConflictException e) {
            throw new PracticeVersionConflictException("practice " + practice.practiceId() + " already exists");
        }
    }

    /**
     * The operators' command ({@code safereply practice put}) and the local run's seed: creates the practice, or
     * replaces it with this document (channels included) at the version just read. A document equal to the stored
     * one writes nothing.
     */
    public VersionedPractice put(Caller caller, String document) {
        requireOperator(caller, "only platform operators may put whole practice documents");
        PracticeAccount practice = PracticeDocument.parse(document);
        for (int attempt = 1; ; attempt++) {
            Optional<VersionedPractice> current = store.read(practice.practiceId());
            requireNoNewPhrases(current.map(VersionedPractice::practice).orElse(null), practice);
            try {
                if (current.isEmpty()) {
                    return store.write(practice, 0, change(caller, practice.practiceId(),
                            PracticeChange.Action.CREATED, PracticeDocument.changedFields(null, practice), null, 1));
                }
                List<String> fields = PracticeDocument.changedFields(current.get().practice(), practice);
                if (fields.isEmpty()) {
                    return current.get();
                }
                long version = current.get().version();
                return store.write(practice, version, change(caller, practice.practiceId(),
                        PracticeChange.Action.UPDATED, fields, null, version + 1));
            } catch (PracticeVersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public VersionedPractice read(Caller caller, String practiceId) {
        return requireAdmin(caller, practiceId);
    }

    /**
     * Replaces the document at the version read: everything but the channels, which keep their own routes (a
     * document may list them as read, so a read-modify-write round trip works; a different list is refused).
     *
     * @throws InvalidPracticeDocumentException naming the field, also when the document names another practice
     */
    public VersionedPractice update(Caller caller, String practiceId, String document, long expectedVersion) {
        VersionedPractice current = requireAdmin(caller, practiceId);
        PracticeAccount parsed = PracticeDocument.parse(document);
        if (!parsed.channels().isEmpty()
                && !new java.util.HashSet<>(parsed.channels()).equals(new java.util.HashSet<>(current.practice().channels()))) {
            throw new InvalidPracticeDocumentException("channels", "cannot change in an update (send them as read, or"
                    + " leave them out): claim and release channels with PUT and DELETE"
                    + " /practices/{practiceId}/channels/{platform}/{channelId}");
        }
        if (!parsed.practiceId().equals(practiceId)) {
            throw new InvalidPracticeDocumentException("profile.practiceId", "must be " + practiceId
                    + ", the practice being updated (a practice id never changes)");
        }
        requireNoNewPhrases(current.practice(), parsed);
        if (current.version() != expectedVersion) {
            throw stale(expectedVersion);
        }
        PracticeAccount next = new PracticeAccount(parsed.profile(), current.practice().channels(), parsed.sla(),
                parsed.twoPersonRule());
        List<String> fields = PracticeDocument.changedFields(current.practice(), next);
        if (fields.isEmpty()) {
            return current;
        }
        return store.write(next, expectedVersion, change(caller, practiceId, PracticeChange.Action.UPDATED, fields,
                null, expectedVersion + 1));
    }

    /** Refuses a document whose phrasebook holds a sentence the stored document does not (see the class comment). */
    private static void requireNoNewPhrases(PracticeAccount current, PracticeAccount next) {
        List<String> stored = current == null ? List.of() : current.profile().phrasebook();
        for (int i = 0; i < next.profile().phrasebook().size(); i++) {
            if (!stored.contains(next.profile().phrasebook().get(i))) {
                throw new InvalidPracticeDocumentException("profile.phrasebook[" + i + "]", "is not in the practice's"
                        + " phrasebook: propose it with POST /practices/{practiceId}/phrasebook/proposals (the guard"
                        + " checks it and a second admin accepts it)");
            }
        }
    }

    /**
     * Claims a page or account for the practice. Claiming one it already has changes nothing.
     *
     * @throws ChannelClaimedException when another practice has it (which one is not said)
     */
    public VersionedPractice claim(Caller caller, String practiceId, String platform, String channelId) {
        ChannelRef channel = PracticeDocument.channel(platform, channelId);
        for (int attempt = 1; ; attempt++) {
            VersionedPractice current = requireAdmin(caller, practiceId);
            if (current.practice().channels().contains(channel)) {
                return current;
            }
            List<ChannelRef> channels = new ArrayList<>(current.practice().channels());
            channels.add(channel);
            try {
                return store.write(withChannels(current.practice(), channels), current.version(),
                        change(caller, practiceId, PracticeChange.Action.CHANNEL_CLAIMED, List.of("channels"),
                                subject(channel), current.version() + 1));
            } catch (PracticeVersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Releases a channel the practice has; another practice's or an unclaimed one is "not found". */
    public VersionedPractice release(Caller caller, String practiceId, String platform, String channelId) {
        ChannelRef channel = PracticeDocument.channel(platform, channelId);
        for (int attempt = 1; ; attempt++) {
            VersionedPractice current = requireAdmin(caller, practiceId);
            if (!current.practice().channels().contains(channel)) {
                throw new ReviewNotFoundException("channel");
            }
            List<ChannelRef> channels = new ArrayList<>(current.practice().channels());
            channels.remove(channel);
            try {
                return store.write(withChannels(current.practice(), channels), current.version(),
                        change(caller, practiceId, PracticeChange.Action.CHANNEL_RELEASED, List.of("channels"),
                                subject(channel), current.version() + 1));
            } catch (PracticeVersionConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Invites an approver (an admin of the practice when {@code admin}); the account carries the practice.
     *
     * <p>The request is audited before the account is created, because the two cannot be written together: were the
     * audit written after, a failing audit write would leave an account nobody's trail mentions. So an audit failure
     * stops the invite before the identity provider is called; an identity provider failure leaves a request without
     * an outcome (honest: it was asked for, nothing was created); and a failure to record the outcome still leaves
     * the account audited as requested, by whom and when (the failure surfaces; a retry then gets "exists").
     */
    public ApproverAccount invite(Caller caller, String practiceId, String email, boolean admin) {
        VersionedPractice current = requireAdmin(caller, practiceId);
        String address = requireEmail(email);
        List<String> fields = admin ? List.of("email", "admin") : List.of("email");
        PracticeChange requested = change(caller, practiceId, PracticeChange.Action.APPROVER_INVITE_REQUESTED, fields,
                null, current.version());
        store.record(requested);
        ApproverAccount account = approvers.invite(practiceId, address, admin);
        store.record(new PracticeChange(practiceId, PracticeChange.Action.APPROVER_INVITED, caller.sub(),
                after(requested.at()), fields, account.username(), current.version()));
        return account;
    }

    /** Disables an approver's sign-in; another practice's account is "not found". */
    public ApproverAccount disable(Caller caller, String practiceId, String username) {
        VersionedPractice current = requireAdmin(caller, practiceId);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new ReviewNotFoundException("approver");
        }
        ApproverAccount account = approvers.find(practiceId, username)
                .orElseThrow(() -> new ReviewNotFoundException("approver"));
        if (account.enabled()) {
            approvers.disable(practiceId, username);
            store.record(change(caller, practiceId, PracticeChange.Action.APPROVER_DISABLED, List.of("enabled"),
                    username, current.version()));
        }
        return new ApproverAccount(account.username(), account.email(), false, account.status());
    }

    public List<ApproverAccount> approvers(Caller caller, String practiceId) {
        requireAdmin(caller, practiceId);
        return approvers.list(practiceId);
    }

    public List<PracticeChange> changes(Caller caller, String practiceId) {
        requireAdmin(caller, practiceId);
        return store.changes(practiceId);
    }

    private VersionedPractice requireAdmin(Caller caller, String practiceId) {
        Objects.requireNonNull(caller, "caller");
        if (practiceId == null || !PRACTICE_ID.matcher(practiceId).matches() || !caller.maySee(practiceId)) {
            throw new ReviewNotFoundException("practice");
        }
        VersionedPractice current = store.read(practiceId).orElseThrow(() -> new ReviewNotFoundException("practice"));
        if (!caller.administers(practiceId)) {
            throw new AdminForbiddenException("only practice admins may administer the practice");
        }
        return current;
    }

    private static void requireOperator(Caller caller, String message) {
        if (!Objects.requireNonNull(caller, "caller").platformOperator()) {
            throw new AdminForbiddenException(message);
        }
    }

    private static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new InvalidAdminRequestException("email", "is required");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidAdminRequestException("email", "must be an e-mail address like name@example.com");
        }
        return address;
    }

    private static PracticeVersionConflictException stale(long expectedVersion) {
        return new PracticeVersionConflictException("the practice changed since version " + expectedVersion
                + " was read; reload it and try again");
    }

    private static PracticeAccount withChannels(PracticeAccount practice, List<ChannelRef> channels) {
        return new PracticeAccount(practice.profile(), channels, practice.sla(), practice.twoPersonRule());
    }

    private static String subject(ChannelRef channel) {
        return channel.platform().label() + ":" + channel.channelId();
    }

    private PracticeChange change(Caller caller, String practiceId, PracticeChange.Action action, List<String> fields,
                                  String subject, long version) {
        return new PracticeChange(practiceId, action, caller.sub(), now(), fields, subject, version);
    }

    /** Millisecond precision: what the store keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Now, but later than {@code earlier}: the trail is ordered by time, and an outcome must follow its request. */
    private Instant after(Instant earlier) {
        Instant now = now();
        return now.isAfter(earlier) ? now : earlier.plusMillis(1);
    }
}
