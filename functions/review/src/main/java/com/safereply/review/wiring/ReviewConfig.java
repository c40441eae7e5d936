package com.safereply.review.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "safereply.review")
public interface ReviewConfig {

    /**
     * Honour the {@code X-Dev-Approver} header (see {@link com.safereply.review.auth.DevApproverHeader}). For local
     * runs only: never set it on a deployed function.
     */
    @WithDefault("false")
    boolean devAuth();
}
