package com.safereply.aws.priming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming, shared by every function that primes (a CRaC {@link Resource}): just before Lambda snapshots a
 * published version, it runs the function's named steps once, so that what a first event would otherwise load and
 * compile after every restore (the SDK's marshalling, endpoint rules, signing and HTTP client; Jackson; the triage
 * engine and its model) is already in the snapshot. Registered only when Lambda initialises for a snapshot
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, i.e. {@code EnableSnapStart=true}); on-demand containers never
 * call it.
 *
 * <p>The steps must be side-effect free: read-only calls for ids that cannot exist ({@link #PRIMING_ID}), fixed
 * synthetic text (no PHI), and no random value, timestamp or id taken, so nothing per-environment is frozen into the
 * snapshot. Each step fails alone and never fails the snapshot: a restored environment would only pay for that step
 * on its first event. {@code afterRestore} has nothing to reset: the url-connection client keeps no pool of its own; a
 * socket left from priming is stale after restore and the SDK's standard retry opens a new one.
 *
 * <p>The CRaC context holds resources weakly: the function's own priming bean keeps the returned instance.
 */
public final class SnapStartPriming implements Resource {

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE} when Lambda initialises for a snapshot. */
    public static final String SNAP_START = "snap-start";
    /** Not a platform id (digits), a draft id (base64url of a hash) or a practice id: a read for it finds nothing. */
    public static final String PRIMING_ID = "snapstart-priming";

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class.getName());

    private final Map<String, Runnable> steps;

    private SnapStartPriming(Map<String, Runnable> steps) {
        this.steps = steps;
    }

    /** The function's steps, by name in the order they run, registered with the JVM's context if this is a snapshot. */
    public static SnapStartPriming forSnapshots(Map<String, Runnable> steps) {
        return forSnapshots(steps, System.getenv(), Core.getGlobalContext());
    }

    /** As {@link #forSnapshots(Map)}, with the environment and context given (tests). */
    public static SnapStartPriming forSnapshots(Map<String, Runnable> steps, Map<String, String> env,
                                                Context<Resource> context) {
        Objects.requireNonNull(steps, "steps");
        SnapStartPriming priming = new SnapStartPriming(new LinkedHashMap<>(steps));
        if (SNAP_START.equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            context.register(priming);
        }
        return priming;
    }

    /** The step names, in the order they run. */
    public List<String> stepNames() {
        return List.copyOf(steps.keySet());
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        steps.forEach(SnapStartPriming::prime);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to reset; see the class comment.
    }

    /** Priming is an optimisation: a failed step is logged by name and exception class only (no text, no PHI). */
    private static void prime(String step, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SnapStart priming step ''{0}'' failed: {1}",
                    new Object[] {step, e.getClass().getSimpleName()});
        }
    }
}
