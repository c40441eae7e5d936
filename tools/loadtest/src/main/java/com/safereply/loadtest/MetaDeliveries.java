package com.safereply.loadtest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta webhook bodies as Meta sends them (a Page feed comment or an Instagram comment), each comment with an id unique
 * to this run, and the {@code X-Hub-Signature-256} header for them.
 */
final class MetaDeliveries {

    private final String runId;
    private final String pageId;
    private final String instagramId;
    private final byte[] secret;
    /** One initialised HMAC per sender thread: Mac.getInstance and init cost more than signing a small body. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    MetaDeliveries(String runId, String pageId, String instagramId, String appSecret) {
        this.runId = runId;
        this.pageId = pageId;
        this.instagramId = instagramId;
        this.secret = appSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The comment id that delivery {@code n} carries: what the drafts are counted by afterwards. */
    String commentId(long n) {
        return isInstagram(n) ? "9" + runId + String.format("%09d", n) : pageId + "_" + runId + "_" + n;
    }

    com.safereply.app.Platform platform(long n) {
        return isInstagram(n) ? com.safereply.app.Platform.INSTAGRAM : com.safereply.app.Platform.FACEBOOK;
    }

    String body(long n) {
        long now = System.currentTimeMillis() / 1000;
        String text = json(CommentTexts.text(n));
        if (isInstagram(n)) {
            return "{\"object\":\"instagram\",\"entry\":[{\"id\":\"" + instagramId + "\",\"time\":" + now
                    + ",\"changes\":[{\"field\":\"comments\",\"value\":{\"id\":\"" + commentId(n) + "\",\"text\":\"" + text
                    + "\",\"from\":{\"id\":\"1784145" + (n % 100000) + "\",\"username\":\"load_user_" + (n % 997)
                    + "\"},\"media\":{\"id\":\"18172143295349192\",\"media_product_type\":\"FEED\"}}}]}]}";
        }
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + pageId + "\",\"time\":" + now
                + ",\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"" + pageId
                + "_711223344556677\",\"comment_id\":\"" + commentId(n) + "\",\"parent_id\":\"" + pageId
                + "_711223344556677\",\"created_time\":" + now + ",\"from\":{\"id\":\"555000" + (n % 100000)
                + "\",\"name\":\"Load Commenter " + (n % 997) + "\"},\"message\":\"" + text + "\"}}]}]}";
    }

    String signature(byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(macs.get().doFinal(body));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every fourth comment is on Instagram. */
    private static boolean isInstagram(long n) {
        return n % 4 == 3;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
