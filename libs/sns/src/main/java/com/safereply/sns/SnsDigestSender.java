package com.safereply.sns;

import com.safereply.app.digest.DigestMessage;
import com.safereply.app.digest.DigestSender;
import com.safereply.app.digest.WeeklyDigest;
import com.safereply.app.practice.PracticeAccount;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.Map;
import java.util.Objects;

/**
 * The {@link DigestSender} port on the approvers' SNS topic: one plain-text {@code Publish} per practice and week,
 * with attributes {@code practiceId} and {@code kind=digest} for subscription filters. The message is
 * {@link DigestMessage}: counts and the page link, never text.
 */
public final class SnsDigestSender implements DigestSender {
    public static final String KIND_DIGEST = "digest";

    private final SnsClient client;
    private final String topicArn;

    public SnsDigestSender(SnsClient client, String topicArn) {
        this.client = Objects.requireNonNull(client);
        this.topicArn = Objects.requireNonNull(topicArn);
    }

    public static SnsDigestSender create(SnsConfig config) {
        return new SnsDigestSender(SnsClients.create(config), config.topicArn());
    }

    @Override
    public void send(PracticeAccount practice, WeeklyDigest digest, String pageLink) {
        PublishRequest request = PublishRequest.builder().topicArn(topicArn)
                .subject(DigestMessage.subject(practice.name(), digest))
                .message(DigestMessage.body(practice.name(), digest, pageLink))
                .messageAttributes(Map.of(
                        SnsNotifier.ATTR_PRACTICE_ID, string(practice.practiceId()),
                        SnsNotifier.ATTR_KIND, string(KIND_DIGEST)))
                .build();
        try {
            client.publish(request);
        } catch (SdkException e) {
            throw new IllegalStateException("SNS publish of the digest failed for practice " + practice.practiceId()
                    + " week " + digest.weekId() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
