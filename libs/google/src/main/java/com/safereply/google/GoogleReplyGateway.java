package com.safereply.google;

import com.safereply.app.Platform;
import com.safereply.app.publish.PlatformOutcome;
import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReadBack;
import com.safereply.app.publish.Refusal;
import com.safereply.app.publish.ReplyGateway;
import com.safereply.app.publish.ReplyTarget;
import com.safereply.app.publish.moderation.ModerationReader;
import com.safereply.app.publish.moderation.ModerationReading;
import com.safereply.app.publish.moderation.ReplyModeration;
import com.safereply.platforms.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Replies to Google reviews. Unlike Meta and X, Google's reply is an upsert on the review ({@code PUT .../reply}): a
 * repeated call replaces the practice's one reply rather than adding a second, so an ambiguous failure can never make
 * a duplicate. The publish use case still reads back first, which also shows a reply Google's moderation removed.
 *
 * <p>The practice's stored token is its OAuth refresh token; each call exchanges it for an access token.
 *
 * <p>Google moderates replies after posting, so the same read-back also serves the later moderation pass
 * ({@link #read}): a reply reported REJECTED hours after the PUT is recorded on its draft and shown to approvers.
 */
public final class GoogleReplyGateway implements ReplyGateway, ModerationReader {
    /** Google's limit on a reply's comment, in UTF-8 bytes (edits are held to it too: {@link Platform#replyLengthProblem}). */
    public static final int MAX_REPLY_BYTES = Platform.GOOGLE_MAX_REPLY_BYTES;

    private final GoogleReviewsApi api;
    private final GoogleAccessTokens accessTokens;

    public GoogleReplyGateway(GoogleReviewsApi api, GoogleAccessTokens accessTokens) {
        this.api = api;
        this.accessTokens = accessTokens;
    }

    @Override
    public PlatformOutcome postReply(ReplyTarget target, String text, PlatformToken refreshToken) {
        requireGoogle(target);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_REPLY_BYTES) {
            return new PlatformOutcome.Refused(Refusal.REJECTED, "google reply over " + MAX_REPLY_BYTES + " bytes");
        }
        Optional<PlatformToken> access;
        try {
            access = accessTokens.accessToken(refreshToken);
        } catch (IOException e) {
            return new PlatformOutcome.NothingWritten("token endpoint unavailable");
        }
        if (access.isEmpty()) {
            return new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, "google invalid_grant");
        }
        Exchange exchange = api.putReply(target.commentId(), text, access.get());
        if (exchange instanceof Exchange.NoAnswer none) {
            return none.outcome();
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (answer.ok()) {
            return new PlatformOutcome.Done(target.commentId() + "/reply");
        }
        return classify(answer);
    }

    @Override
    public ReadBack findOwnReply(ReplyTarget target, PlatformToken refreshToken) {
        requireGoogle(target);
        Optional<PlatformToken> access;
        try {
            access = accessTokens.accessToken(refreshToken);
        } catch (IOException e) {
            return new ReadBack.Unreadable("token endpoint unavailable");
        }
        if (access.isEmpty()) {
            return new ReadBack.Unreadable("refresh token refused");
        }
        Exchange exchange = api.getReview(target.commentId(), access.get());
        if (!(exchange instanceof Exchange.Answered answer)) {
            return new ReadBack.Unreadable("no answer");
        }
        if (answer.status() == 404) {
            return new ReadBack.TargetGone();
        }
        if (!answer.ok()) {
            return new ReadBack.Unreadable("read back refused (" + answer.status() + ")");
        }
        GoogleReview review = GoogleReviewsApi.review(target.commentId(), answer.body());
        return review.reply().filter(reply -> !reply.rejected())
                .<ReadBack>map(reply -> new ReadBack.Found(target.commentId() + "/reply"))
                .orElse(new ReadBack.Absent());
    }

    /** Reads the review back ({@code GET /v4/{reviewName}}) for the state of the practice's reply on it. */
    @Override
    public ModerationReading read(ReplyTarget target, PlatformToken refreshToken) {
        requireGoogle(target);
        Optional<PlatformToken> access;
        try {
            access = accessTokens.accessToken(refreshToken);
        } catch (IOException e) {
            return new ModerationReading.Unreadable("token endpoint unavailable");
        }
        if (access.isEmpty()) {
            return new ModerationReading.Unreadable("refresh token refused");
        }
        Exchange exchange = api.getReview(target.commentId(), access.get());
        if (!(exchange instanceof Exchange.Answered answer)) {
            return new ModerationReading.Unreadable("no answer");
        }
        if (answer.status() == 404) {
            return new ModerationReading.NoReply();
        }
        if (!answer.ok()) {
            return new ModerationReading.Unreadable("read back refused (" + answer.status() + ")");
        }
        Optional<GoogleReview.Reply> reply = GoogleReviewsApi.review(target.commentId(), answer.body()).reply();
        if (reply.isEmpty()) {
            return new ModerationReading.NoReply();
        }
        ReplyModeration state = reply.get().rejected() ? ReplyModeration.REJECTED
                : reply.get().approved() ? ReplyModeration.APPROVED : ReplyModeration.PENDING;
        return new ModerationReading.Reported(state);
    }

    /** A business cannot hide a Google review; the approvers' page does not offer it, and this refuses it. */
    @Override
    public PlatformOutcome hide(ReplyTarget target, PlatformToken token) {
        return new PlatformOutcome.Refused(Refusal.REJECTED, "google reviews cannot be hidden by the business");
    }

    private static PlatformOutcome classify(Exchange.Answered answer) {
        String code = "google " + answer.status() + " " + answer.body().path("error").path("status").asText("");
        return switch (answer.status()) {
            case 401 -> new PlatformOutcome.Refused(Refusal.TOKEN_INVALID, code);
            case 403 -> new PlatformOutcome.Refused(Refusal.PERMISSION_MISSING, code);
            case 404 -> new PlatformOutcome.Refused(Refusal.TARGET_GONE, code);
            case 429 -> new PlatformOutcome.NothingWritten("rate limited (" + code + ")");
            default -> answer.status() >= 500
                    ? new PlatformOutcome.Unknown("platform error (" + code + ")")
                    : new PlatformOutcome.Refused(Refusal.REJECTED, code);
        };
    }

    private static void requireGoogle(ReplyTarget target) {
        if (target.platform() != Platform.GOOGLE) {
            throw new IllegalArgumentException("not a Google target: " + target.platform());
        }
    }
}
