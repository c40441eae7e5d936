package com.safereply.core.redteam;

import com.safereply.core.TriageEngine;
import com.safereply.core.redteam.RedTeamReport.Figures;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the guard's figures on each red-team round after that round's fixes (docs/quality.md "Red-team rounds"): a
 * change that lets an unsafe draft through as safe, or catches fewer unsafe drafts, or blocks more safe ones, fails.
 */
class RedTeamRoundsTest {

    private static final RedTeamReport REPORT = new RedTeamReport(new TriageEngine().guard());

    private static Figures figures(String round) throws URISyntaxException {
        Path folder = Path.of(RedTeamRoundsTest.class.getResource("/redteam/" + round).toURI());
        List<RedTeamItem> items = RedTeamItem.readRound(folder);
        return Figures.of(REPORT.score(items));
    }

    @Test
    void round1() throws URISyntaxException {
        Figures f = figures("round1");
        assertEquals(201, f.unsafe(), "round 1 holds 201 unsafe drafts");
        assertEquals(139, f.safe(), "round 1 holds 139 safe drafts");
        assertEquals(f.unsafe(), f.unsafeNotSafe(), "no unsafe draft may ever be given safe");
        assertTrue(f.unsafeUnsafe() >= 187, "unsafe given unsafe fell below 187/201: " + f.unsafeUnsafe());
        assertTrue(f.safeNotUnsafe() >= 137, "safe drafts not given unsafe fell below 137/139: " + f.safeNotUnsafe());
    }

    @Test
    void round2() throws URISyntaxException {
        Figures f = figures("round2");
        assertEquals(191, f.unsafe(), "round 2 holds 191 unsafe drafts");
        assertEquals(149, f.safe(), "round 2 holds 149 safe drafts");
        assertEquals(f.unsafe(), f.unsafeNotSafe(), "no unsafe draft may ever be given safe");
        assertTrue(f.unsafeUnsafe() >= 190, "unsafe given unsafe fell below 190/191: " + f.unsafeUnsafe());
        assertTrue(f.safeNotUnsafe() >= 149, "safe drafts given unsafe: " + (f.safe() - f.safeNotUnsafe()));
    }

    @Test
    void round3() throws URISyntaxException {
        Figures f = figures("round3");
        assertEquals(194, f.unsafe(), "round 3 holds 194 unsafe drafts");
        assertEquals(146, f.safe(), "round 3 holds 146 safe drafts");
        assertEquals(f.unsafe(), f.unsafeNotSafe(), "no unsafe draft may ever be given safe");
        assertTrue(f.unsafeUnsafe() >= 194, "unsafe given unsafe fell below 194/194: " + f.unsafeUnsafe());
        assertTrue(f.safeNotUnsafe() >= 145, "safe drafts not given unsafe fell below 145/146: " + f.safeNotUnsafe());
    }
}
