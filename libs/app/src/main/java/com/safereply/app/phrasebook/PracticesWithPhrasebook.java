package com.safereply.app.phrasebook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.safereply.app.Platform;
import com.safereply.app.practice.PracticeAccount;
import com.safereply.app.practice.PracticeDirectory;

/**
 * A practice directory whose profiles carry the practice's accepted phrasebook, read fresh on every lookup (never
 * cached), so a sentence accepted a moment ago is vetted for the next check of that practice and no other. Sentences
 * already in the profile document stay.
 */
public final class PracticesWithPhrasebook implements PracticeDirectory {

    private final PracticeDirectory practices;
    private final PhrasebookStore phrasebooks;

    public PracticesWithPhrasebook(PracticeDirectory practices, PhrasebookStore phrasebooks) {
        this.practices = Objects.requireNonNull(practices);
        this.phrasebooks = Objects.requireNonNull(phrasebooks);
    }

    @Override
    public Optional<PracticeAccount> findByChannel(Platform platform, String channelId) {
        return practices.findByChannel(platform, channelId).map(this::withPhrasebook);
    }

    @Override
    public Optional<PracticeAccount> findById(String practiceId) {
        return practices.findById(practiceId).map(this::withPhrasebook);
    }

    @Override
    public List<String> practiceIds() {
        return practices.practiceIds();
    }

    @Override
    public void save(PracticeAccount practice) {
        practices.save(practice);
    }

    private PracticeAccount withPhrasebook(PracticeAccount practice) {
        List<String> accepted = phrasebooks.phrasebook(practice.practiceId()).sentences();
        if (accepted.isEmpty()) {
            return practice;
        }
        Set<String> sentences = new LinkedHashSet<>(practice.profile().phrasebook());
        sentences.addAll(accepted);
        return new PracticeAccount(practice.profile().withPhrasebook(List.copyOf(sentences)), practice.channels(),
                practice.sla(), practice.twoPersonRule());
    }
}
