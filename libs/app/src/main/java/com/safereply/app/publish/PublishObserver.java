package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.time.Duration;

/** What publishing reports to telemetry and to the approvers. Ids, platforms and reasons only: never text. */
public interface PublishObserver {

    void published(Platform platform, Duration latency);

    void failed(Platform platform, String reason);

    /** Someone must act on the practice's connection (token, permissions, policy block): raised beside the failure. */
    void operatorAlarm(String practiceId, Platform platform, Refusal refusal);

    PublishObserver NONE = new PublishObserver() {
        @Override
        public void published(Platform platform, Duration latency) {}

        @Override
        public void failed(Platform platform, String reason) {}

        @Override
        public void operatorAlarm(String practiceId, Platform platform, Refusal refusal) {}
    };
}
