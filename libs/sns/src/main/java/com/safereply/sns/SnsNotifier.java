package com.safereply.sns;

import com.safereply.app.notify.Notification;
import com.safereply.app.notify.Notifier;
import com.safereply.app.notify.PublishFailedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link Notifier} port on an SNS topic: one {@code Publish} per notification with {@code MessageStructure=json}
 * (plain text for e-mail, JSON for HTTPS/SQS/Lambda) and String message attributes {@code practiceId},
 * {@code category}, {@code urgency} and {@code kind} for subscription filter policies (e.g. on-call phone: urgent only).
 *
 * <p>SDK failures become {@link PublishFailedException}: throttling, 5xx and network errors are retryable (the SDK
 * has already retried them; the stream or the next schedule tries again), other 4xx are not (a wrong topic or a
 * missing permission needs an operator).
 */
public final class SnsNotifier implements Notifier {

    public static final String ATTR_PRACTICE_ID = "practiceId";
    public static final String ATTR_CATEGORY = "category";
    public static final String ATTR_URGENCY = "urgency";
    public static final String ATTR_KIND = "kind";

    private static final Set<String> THROTTLING_CODES = Set.of("Throttling", "ThrottlingException", "ThrottledException",
            "TooManyRequestsException", "RequestLimitExceeded", "KMSThrottlingException");

    private final SnsClient client;
    private final String topicArn;

    public SnsNotifier(SnsClient client, String topicArn) {
        this.client = Objects.requireNonNull(client);
        this.topicArn = Objects.requireNonNull(topicArn);
    }

    /** Client and topic from {@code TOPIC_ARN}, {@code AWS_REGION} and optional {@code SNS_ENDPOINT}; build once. */
    public static SnsNotifier create(SnsConfig config) {
        return new SnsNotifier(SnsClients.create(config), config.topicArn());
    }

    @Override
    public void publish(Notification notification) {
        PublishRequest request = PublishRequest.builder()
                .topicArn(topicArn)
                .messageStructure("json")
                .subject(NotificationMessages.subject(notification))
                .message(NotificationMessages.envelope(notification))
                .messageAttributes(attributes(notification))
                .build();
        try {
            client.publish(request);
        } catch (SdkException e) {
            throw failure(notification, e);
        }
    }

    static Map<String, MessageAttributeValue> attributes(Notification n) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put(ATTR_PRACTICE_ID, string(n.practiceId()));
        attributes.put(ATTR_CATEGORY, string(n.category().label()));
        attributes.put(ATTR_URGENCY, string(n.urgency().label()));
        attributes.put(ATTR_KIND, string(n.kind().label()));
        return attributes;
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    /** The message names the draft and the SNS error code only: never the request, which the SDK may echo. */
    static PublishFailedException failure(Notification n, SdkException e) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            boolean retryable = service.statusCode() >= 500 || service.isThrottlingException()
                    || THROTTLING_CODES.contains(code);
            return new PublishFailedException("SNS publish failed for draft " + n.draftId() + ": HTTP "
                    + service.statusCode() + " " + code, retryable, e);
        }
        boolean retryable = e instanceof SdkClientException || e.retryable();
        return new PublishFailedException("SNS publish failed for draft " + n.draftId() + ": "
                + e.getClass().getSimpleName(), retryable, e);
    }
}
