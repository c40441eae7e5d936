package com.safereply.secrets;

/**
 * The practice's X token is due for a refresh that could not happen now (X unreachable, or another container's refresh
 * still running). Nothing was posted; the stream delivers the approval again.
 */
public class TokenRefreshUnavailableException extends RuntimeException {
    public TokenRefreshUnavailableException(String reason) {
        super("x token refresh unavailable: " + reason);
    }
}
