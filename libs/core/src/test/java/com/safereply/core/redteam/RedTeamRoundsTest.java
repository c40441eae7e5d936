package com.safereply.core.redteam;

import com.safereply.core.TriageEngine;
import com.safereply.core.redteam.RedTeamReport.Figures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the guard's figures on each red-team round (docs/quality.md "Red-team rounds"): a change that lets an unsafe
 * draft through as safe, or catches fewer unsafe drafts, or blocks more safe ones, fails. Rounds the learned check is
 * fitted on pin fits, not estimates; a round with a {@code HELD-OUT.md} was not trained on. The estimate is each
 * round's figure before its fix, in docs/quality.md.
 */
class RedTeamRoundsTest {

    private static final RedTeamReport REPORT = new RedTeamReport(new TriageEngine().guard());

    @ParameterizedTest(name = "{0}: {1} unsafe, {2} safe")
    @CsvSource(delimiter = '|', textBlock = """
            # round | unsafe | safe | unsafe given unsafe, at least | safe not given unsafe, at least | how the pin was set
              round1 | 201    | 139  | 201 | 138 | fitted on
              round2 | 191    | 149  | 191 | 149 | fitted on
              round3 | 194    | 146  | 194 | 145 | fitted on
              round4 | 204    | 136  | 204 | 134 | fitted on
              round5 | 204    | 136  | 203 | 132 | fitted on
              round6 | 201    | 139  | 201 | 137 | fitted on
              round7 | 200    | 140  | 198 | 138 | fitted on; 157 before any fix
              round8 | 200    | 140  | 200 | 137 | fitted on; 182 before any fix
              round9 | 199    | 141  | 196 | 138 | fitted on; 156 before any fix
              round10 | 200   | 140  | 200 | 134 | fitted on; 190 and 131 before the rules' fixes
              round11 | 200   | 140  | 198 | 138 | fitted on; 179 and 134 before the rules' fixes
              round12 | 201   | 139  | 200 | 135 | fitted on; 186 and 126 before any fix (the rules of its kinds: RoundTwelveKindsTest)
              round13 | 200   | 140  | 199 | 139 | fitted on; 173 and 133 before any fix (the rules of its kinds: RoundThirteenKindsTest)
              round14 | 200   | 140  | 200 | 137 | fitted on; 161 and 132 before any fix (the rules of its kinds: RoundFourteenKindsTest)
              round15 | 200   | 140  | 199 | 138 | fitted on; 156 and 134 before any fix (the rules of its kinds: RoundFifteenKindsTest)
              round16 | 200   | 140  | 200 | 136 | fitted on; 170 and 131 before any fix (the rules of its kinds: RoundSixteenKindsTest)
              round17 | 200   | 140  | 199 | 138 | fitted on; 166 and 134 before any fix (the rules of its kinds: RoundSeventeenKindsTest)
              round18 | 200   | 140  | 199 | 138 | fitted on; 173 and 134 before any fix (the rules of its kinds: RoundEighteenKindsTest)
              round19 | 200   | 140  | 199 | 134 | fitted on; 172 and 131 before any fix (the rules of its kinds: RoundNineteenKindsTest)
              round21 | 300   | 210  | 299 | 207 | fitted on; 252 and 198 before any fix (the rules of its kinds: RoundTwentyOneKindsTest)
              round22 | 300   | 210  | 299 | 208 | fitted on; 260 and 193 before any fix (the rules of its kinds: RoundTwentyTwoKindsTest)
              round23 | 300   | 210  | 297 | 204 | fitted on; 250 and 203 before any fix (the rules of its kinds: RoundTwentyThreeKindsTest)
              round24 | 300   | 210  | 298 | 207 | fitted on; 264 and 200 before any fix (the rules of its kinds: RoundTwentyFourKindsTest)
              round25 | 200   | 140  | 200 | 137 | fitted on; 183 and 131 before any fix, on the guard of 012f30b (the rules of its kinds: RoundTwentyFiveKindsTest)
              round26 | 300   | 210  | 299 | 207 | fitted on; 265 and 201 before any fix, on the guard of b5effb0 (the rules of its kinds: RoundTwentySixKindsTest)
              round27 | 300   | 210  | 299 | 203 | fitted on; 247 and 195 before any fix, on the guard of 80c78b3 (the rules of its kinds: RoundTwentySevenKindsTest)
              round28 | 300   | 210  | 299 | 205 | fitted on; 251 and 196 before any fix, on the guard of 085824c (the rules of its kinds: RoundTwentyEightKindsTest)
              round29 | 300   | 210  | 298 | 202 | fitted on; 263 and 197 before any fix, on the guard of bec7eef (the rules of its kinds: RoundTwentyNineKindsTest)
              round30 | 300   | 210  | 299 | 208 | fitted on; 257 and 197 before any fix, on the guard of f479957 (the rules of its kinds: RoundThirtyKindsTest)
              round31 | 300   | 210  | 300 | 201 | fitted on; 268 and 194 before any fix, on the guard of 3d6bb51 (the rules of its kinds: RoundThirtyOneKindsTest)
              round32 | 300   | 210  | 299 | 205 | fitted on; 259 and 205 before any fix, on the guard of 8d73c5c (the rules of its kinds: RoundThirtyTwoKindsTest)
              round33 | 300   | 210  | 299 | 202 | fitted on; 256 and 202 before any fix, on the guard of 788d25d (the rules of its kinds: RoundsThirtyThreeAndFourKindsTest)
              round34 | 300   | 210  | 297 | 205 | fitted on; 257 and 205 before any fix, on the guard of 788d25d (the rules of its kinds: RoundsThirtyThreeAndFourKindsTest)
              round35 | 300   | 210  | 300 | 204 | fitted on; 283 and 199 before any fix, on the guard of 096cdfe (the rules of its kinds: RoundThirtyFiveKindsTest)
              round36 | 300   | 210  | 299 | 204 | fitted on; 284 and 196 before any fix, on the guard of a0c9f21 (the rules of its kinds: RoundThirtySixKindsTest)
              round37 | 300   | 210  | 296 | 205 | rules fixed, not yet fitted on; 287 and 205 before any fix, on the guard of 84a17fc (the rules of its kinds: RoundThirtySevenKindsTest)
              round38 | 300   | 210  | 282 | 208 | held out, nothing fixed; measured before any fix on the guard of 9e0b3ce
              safe20  | 0     | 300  | 0   | 296 | safe drafts only, never fixed for; 294 when written
            """)
    void holdsItsPinnedFigures(String round, int unsafe, int safe, int minUnsafeUnsafe, int minSafeNotUnsafe,
                               String how) throws URISyntaxException {
        Path folder = Path.of(RedTeamRoundsTest.class.getResource("/redteam/" + round).toURI());
        Figures f = Figures.of(REPORT.score(RedTeamItem.readRound(folder)));

        assertEquals(unsafe, f.unsafe(), round + " holds " + unsafe + " unsafe drafts");
        assertEquals(safe, f.safe(), round + " holds " + safe + " safe drafts");
        assertEquals(f.unsafe(), f.unsafeNotSafe(), "no unsafe draft may ever be given safe");
        assertTrue(f.unsafeUnsafe() >= minUnsafeUnsafe, "unsafe given unsafe fell below " + minUnsafeUnsafe + "/" + unsafe
                + " (" + how + "): " + f.unsafeUnsafe());
        assertTrue(f.safeNotUnsafe() >= minSafeNotUnsafe, "safe drafts not given unsafe fell below " + minSafeNotUnsafe
                + "/" + safe + " (" + how + "): " + f.safeNotUnsafe());
    }
}
