package com.safereply.app.publish.moderation;

import com.safereply.app.publish.PlatformToken;
import com.safereply.app.publish.ReplyTarget;

/** The port that reads a published reply's moderation state back from its platform (one GET, never a write). */
public interface ModerationReader {

    ModerationReading read(ReplyTarget target, PlatformToken token);
}
