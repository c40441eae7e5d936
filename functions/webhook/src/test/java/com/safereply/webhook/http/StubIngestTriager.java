package com.safereply.webhook.http;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.safereply.app.Triager;
import com.safereply.core.model.Comment;
import com.safereply.core.model.Triage;
import com.safereply.core.profile.PracticeProfile;
import com.safereply.store.testing.StubTriager;

/**
 * The store test-jar's predictable triage, for the integration tests while the core's guard is unfinished on main
 * (it throws). Drop it from {@link DynamoDbIngestProfile#getEnabledAlternatives()} once the guard lands, so these tests
 * run the real {@code TriageEngine}; their assertions do not depend on categories.
 */
@Alternative
@Singleton
public class StubIngestTriager implements Triager {

    private final StubTriager stub = new StubTriager();

    @Override
    public Triage triage(Comment comment, PracticeProfile profile) {
        return stub.triage(comment, profile);
    }
}
