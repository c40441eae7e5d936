package com.safereply.app.practice;

/** Creates or replaces a practice from its JSON document: used by the local run and the admin command. */
public final class PracticeSeeder {

    private final PracticeDirectory directory;

    public PracticeSeeder(PracticeDirectory directory) {
        this.directory = directory;
    }

    /**
     * @throws InvalidPracticeDocumentException when the document is invalid; nothing was written
     * @throws ChannelClaimedException          when a channel belongs to another practice; nothing was written
     */
    public PracticeAccount seed(String json) {
        PracticeAccount practice = PracticeDocument.parse(json);
        directory.save(practice);
        return practice;
    }
}
