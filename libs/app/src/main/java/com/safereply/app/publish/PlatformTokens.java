package com.safereply.app.publish;

import com.safereply.app.Platform;
import java.util.Optional;

/** The port to the practices' platform credentials (Secrets Manager in AWS). */
public interface PlatformTokens {

    /** The practice's token for the platform, or empty when the practice has not connected that platform. */
    Optional<PlatformToken> tokenFor(String practiceId, Platform platform);
}
