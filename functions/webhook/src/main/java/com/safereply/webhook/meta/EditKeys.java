package com.safereply.webhook.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What tells two edits of one comment apart in a de-duplication key, without putting comment text into the key. */
final class EditKeys {

    private EditKeys() {
    }

    /** First 16 hex digits of SHA-256 of the edited text: distinct edits differ, the key holds no readable text. */
    static String textHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
