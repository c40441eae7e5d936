package com.safereply.store.testing;

import java.util.ArrayList;
import java.util.List;

import org.crac.Context;
import org.crac.Resource;

/**
 * A CRaC context that only remembers what registered with it: the functions' SnapStart priming hooks register with
 * the global context, and their tests check that they do so only when Lambda initialises for a snapshot.
 */
public final class RecordingCracContext extends Context<Resource> {

    private final List<Resource> registered = new ArrayList<>();

    @Override
    public void register(Resource resource) {
        registered.add(resource);
    }

    public List<Resource> registered() {
        return List.copyOf(registered);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }
}
