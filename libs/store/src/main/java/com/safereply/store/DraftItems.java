package com.safereply.store;

import com.safereply.app.Platform;
import com.safereply.app.draft.AuditAction;
import com.safereply.app.draft.AuditEntry;
import com.safereply.app.draft.Decision;
import com.safereply.app.draft.DraftContent;
import com.safereply.app.draft.DraftRecord;
import com.safereply.app.draft.DraftRevision;
import com.safereply.app.draft.DraftState;
import com.safereply.app.draft.StoredComment;
import com.safereply.app.draft.TriageSummary;
import com.safereply.app.draft.Urgency;
import com.safereply.core.model.Category;
import com.safereply.core.model.Language;
import com.safereply.core.model.ReplyAction;
import com.safereply.core.model.StarRating;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static com.safereply.store.Attrs.bool;
import static com.safereply.store.Attrs.n;
import static com.safereply.store.Attrs.putIfPresent;
import static com.safereply.store.Attrs.s;
import static com.safereply.store.Attrs.strings;
import static com.safereply.store.Attrs.time;

/**
 * Maps drafts and audit entries to items and back. Public so the notify function can read the draft in a stream
 * record's image with the same code. Enums are stored by {@code name()}; times as fixed-width ISO UTC strings.
 */
public final class DraftItems {

    public static final String DRAFT_ID = "draftId";
    /** On {@code viewed} audit items only (items written before folding have neither: one view at {@code at}). */
    static final String AUDIT_COUNT = "count";
    static final String AUDIT_LAST_AT = "lastAt";
    public static final String PRACTICE_ID = "practiceId";
    public static final String PLATFORM = "platform";
    public static final String CHANNEL_ID = "channelId";
    public static final String COMMENT_ID = "commentId";
    public static final String COMMENT_TEXT = "commentText";
    public static final String AUTHOR_ID = "authorId";
    public static final String AUTHOR_NAME = "authorName";
    public static final String AUTHOR_HANDLE = "authorHandle";
    public static final String PARENT_ID = "parentId";
    public static final String PERMALINK = "permalink";
    public static final String POSTED_AT = "postedAt";
    static final String REPLY_NOT_ALLOWED = "replyNotAllowed";
    /** The reviewer's star rating, 1-5 (Google reviews only; absent on every other comment). */
    public static final String STAR_RATING = "starRating";
    public static final String CATEGORY = "category";
    public static final String CONFIDENCE = "confidence";
    public static final String SIGNALS = "signals";
    public static final String FLAGS = "flags";
    public static final String LANGUAGE = "language";
    public static final String URGENCY = "urgency";
    public static final String DRAFT_TEXT = "draftText";
    public static final String ACTION = "action";
    public static final String TEMPLATE_ID = "templateId";
    public static final String SAFE = "safe";
    public static final String VIOLATIONS = "violations";
    public static final String COMPLETENESS = "completeness";
    public static final String STATE = "state";
    public static final String VERSION = "version";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String LAST_EDITOR = "lastEditor";
    public static final String DECIDED_BY = "decidedBy";
    public static final String DECIDED_AT = "decidedAt";
    public static final String DECISION_REASON = "decisionReason";
    public static final String HISTORY = "history";
    /** The approver chose to hide the comment beside the reply; the publish stage reads it from the stream image. */
    public static final String HIDE_REQUESTED = "hideRequested";

    private static final String REV_VERSION = "version";
    private static final String REV_TEXT = "text";
    private static final String REV_EDITOR = "editor";
    private static final String REV_AT = "at";

    private DraftItems() {
    }

    /**
     * The full draft item. GSI1 keys: the practice's queue partition while pending, a partition per practice and state
     * after that ({@link Keys#statePk}), so the queue partition holds pending drafts only.
     */
    public static Map<String, AttributeValue> toItem(DraftRecord d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(Keys.draftPk(d.draftId())));
        item.put(TableDefinition.SK, s(Keys.DRAFT_SK));
        item.put(ItemType.ATTRIBUTE, s(ItemType.DRAFT.name()));
        item.put(TableDefinition.GSI1_PK, s(Keys.statePk(d.practiceId(), d.state())));
        item.put(TableDefinition.GSI1_SK, s(Keys.queueSk(d.createdAt(), d.draftId())));
        item.put(DRAFT_ID, s(d.draftId()));
        item.put(PRACTICE_ID, s(d.practiceId()));

        putComment(item, d.comment());

        TriageSummary t = d.triage();
        item.put(CATEGORY, s(t.category().name()));
        item.put(CONFIDENCE, n(t.confidence()));
        item.put(SIGNALS, strings(t.signals()));
        item.put(FLAGS, strings(t.flags()));
        item.put(LANGUAGE, s(t.language().name()));
        item.put(URGENCY, s(d.urgency().name()));

        DraftContent dc = d.draft();
        item.put(DRAFT_TEXT, s(dc.text()));
        item.put(ACTION, s(dc.action().name()));
        putIfPresent(item, TEMPLATE_ID, dc.templateId());
        item.put(SAFE, bool(dc.safe()));
        item.put(VIOLATIONS, strings(dc.violationLabels()));
        item.put(COMPLETENESS, n(dc.completeness()));

        item.put(STATE, s(d.state().name()));
        item.put(VERSION, n(d.version()));
        item.put(CREATED_AT, time(d.createdAt()));
        item.put(UPDATED_AT, time(d.updatedAt()));
        putIfPresent(item, LAST_EDITOR, d.lastEditor());
        if (d.decision() != null) {
            item.put(DECIDED_BY, s(d.decision().by()));
            item.put(DECIDED_AT, time(d.decision().at()));
            putIfPresent(item, DECISION_REASON, d.decision().reason());
        }
        List<AttributeValue> history = new ArrayList<>(d.history().size());
        for (DraftRevision r : d.history()) {
            history.add(AttributeValue.fromM(Map.of(
                    REV_VERSION, n(r.version()), REV_TEXT, s(r.text()), REV_EDITOR, s(r.editor()), REV_AT, time(r.at()))));
        }
        item.put(HISTORY, AttributeValue.fromL(history));
        if (d.hideRequested()) {
            item.put(HIDE_REQUESTED, AttributeValue.fromBool(true));
        }
        return item;
    }

    /**
     * The comment's attributes, shared by draft and inbound items. {@code replyNotAllowed} is written only when true,
     * so items of comments that can be answered (nearly all, and every item written before it existed) read as such.
     */
    static void putComment(Map<String, AttributeValue> item, StoredComment c) {
        item.put(PLATFORM, s(c.platform().name()));
        item.put(CHANNEL_ID, s(c.channelId()));
        item.put(COMMENT_ID, s(c.commentId()));
        item.put(COMMENT_TEXT, s(c.text()));
        putIfPresent(item, AUTHOR_ID, c.authorId());
        putIfPresent(item, AUTHOR_NAME, c.authorName());
        putIfPresent(item, AUTHOR_HANDLE, c.authorHandle());
        putIfPresent(item, PARENT_ID, c.parentId());
        putIfPresent(item, PERMALINK, c.permalink());
        putIfPresent(item, POSTED_AT, c.postedAt());
        if (!c.replyAllowed()) {
            item.put(REPLY_NOT_ALLOWED, Attrs.bool(true));
        }
        if (c.rating() != null) {
            item.put(STAR_RATING, n(c.rating().stars()));
        }
    }

    static StoredComment commentOf(Map<String, AttributeValue> item) {
        AttributeValue notAllowed = item.get(REPLY_NOT_ALLOWED);
        return new StoredComment(
                Attrs.requiredEnum(item, PLATFORM, Platform.class),
                Attrs.requiredS(item, CHANNEL_ID),
                Attrs.requiredS(item, COMMENT_ID),
                Attrs.optionalS(item, COMMENT_TEXT),
                Attrs.optionalS(item, AUTHOR_ID),
                Attrs.optionalS(item, AUTHOR_NAME),
                Attrs.optionalS(item, AUTHOR_HANDLE),
                Attrs.optionalS(item, PARENT_ID),
                Attrs.optionalS(item, PERMALINK),
                Attrs.optionalTime(item, POSTED_AT),
                notAllowed == null || !Boolean.TRUE.equals(notAllowed.bool()),
                item.containsKey(STAR_RATING) ? new StarRating((int) Attrs.requiredLong(item, STAR_RATING)) : null);
    }

    public static DraftRecord fromItem(Map<String, AttributeValue> item) {
        StoredComment comment = commentOf(item);
        TriageSummary triage = new TriageSummary(
                Attrs.requiredEnum(item, CATEGORY, Category.class),
                Attrs.requiredDouble(item, CONFIDENCE),
                Attrs.stringList(item, SIGNALS),
                new LinkedHashSet<>(Attrs.stringList(item, FLAGS)),
                Attrs.requiredEnum(item, LANGUAGE, Language.class));
        DraftContent content = new DraftContent(
                Attrs.optionalS(item, DRAFT_TEXT),
                Attrs.requiredEnum(item, ACTION, ReplyAction.class),
                Attrs.optionalS(item, TEMPLATE_ID),
                Attrs.requiredBool(item, SAFE),
                Attrs.stringList(item, VIOLATIONS),
                Attrs.requiredDouble(item, COMPLETENESS));
        String decidedBy = Attrs.optionalS(item, DECIDED_BY);
        Decision decision = decidedBy == null ? null
                : new Decision(decidedBy, Attrs.requiredTime(item, DECIDED_AT), Attrs.optionalS(item, DECISION_REASON));
        return new DraftRecord(
                Attrs.requiredS(item, DRAFT_ID),
                Attrs.requiredS(item, PRACTICE_ID),
                comment,
                triage,
                Attrs.requiredEnum(item, URGENCY, Urgency.class),
                content,
                Attrs.requiredEnum(item, STATE, DraftState.class),
                Attrs.requiredLong(item, VERSION),
                Attrs.requiredTime(item, CREATED_AT),
                Attrs.requiredTime(item, UPDATED_AT),
                Attrs.optionalS(item, LAST_EDITOR),
                decision,
                history(item),
                item.containsKey(HIDE_REQUESTED) && Boolean.TRUE.equals(item.get(HIDE_REQUESTED).bool()));
    }

    private static List<DraftRevision> history(Map<String, AttributeValue> item) {
        AttributeValue v = item.get(HISTORY);
        if (v == null || !v.hasL()) {
            return List.of();
        }
        List<DraftRevision> revisions = new ArrayList<>(v.l().size());
        for (AttributeValue element : v.l()) {
            Map<String, AttributeValue> m = element.m();
            revisions.add(new DraftRevision(Attrs.requiredLong(m, REV_VERSION), Attrs.optionalS(m, REV_TEXT),
                    Attrs.requiredS(m, REV_EDITOR), Attrs.requiredTime(m, REV_AT)));
        }
        return revisions;
    }

    static Map<String, AttributeValue> auditItem(AuditEntry e) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableDefinition.PK, s(Keys.draftPk(e.draftId())));
        item.put(TableDefinition.SK, s(Keys.auditSk(e.at(), e.entryId())));
        item.put(ItemType.ATTRIBUTE, s(ItemType.AUDIT.name()));
        // Waits in the practice's unchained index until DynamoDbAuditLog.seal appends it to the hash chain.
        item.put(TableDefinition.GSI1_PK, s(Keys.unchainedPk(e.practiceId())));
        item.put(TableDefinition.GSI1_SK, s(Keys.unchainedSk(e.at(), e.entryId())));
        item.put("entryId", s(e.entryId()));
        item.put(DRAFT_ID, s(e.draftId()));
        item.put(PRACTICE_ID, s(e.practiceId()));
        item.put("at", time(e.at()));
        item.put("actor", s(e.actor()));
        item.put("action", s(e.action().name()));
        item.put("draftVersion", n(e.draftVersion()));
        item.put("textHash", s(e.textHash()));
        putIfPresent(item, "detail", e.detail());
        if (e.action() == AuditAction.VIEWED) {
            item.put(AUDIT_COUNT, n(e.count()));
            item.put(AUDIT_LAST_AT, time(e.lastAt()));
        }
        return item;
    }

    static AuditEntry auditFromItem(Map<String, AttributeValue> item) {
        return new AuditEntry(
                Attrs.requiredS(item, "entryId"),
                Attrs.requiredS(item, DRAFT_ID),
                Attrs.requiredS(item, PRACTICE_ID),
                Attrs.requiredTime(item, "at"),
                Attrs.requiredS(item, "actor"),
                Attrs.requiredEnum(item, "action", AuditAction.class),
                Attrs.requiredLong(item, "draftVersion"),
                Attrs.requiredS(item, "textHash"),
                Attrs.optionalS(item, "detail"),
                item.containsKey(AUDIT_COUNT) ? Attrs.requiredLong(item, AUDIT_COUNT) : 1,
                item.containsKey(AUDIT_LAST_AT) ? Attrs.requiredTime(item, AUDIT_LAST_AT) : Attrs.requiredTime(item, "at"));
    }
}
