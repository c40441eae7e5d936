package com.safereply.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The approvers' page in a real browser (headless Debian chromium) against the packaged local run, as an approver
 * uses it: open a notification's link and sign in, the queue with the urgent draft on top, an unsafe edit (spans,
 * Approve off), a safe edit approved, a conflicting edit from a second browser (409, typed text kept), free text
 * approved by a second approver who attests, reject, the session ending mid-edit, another practice's approver, sign
 * out. Each step saves a screenshot under target/browser-screenshots and runs axe-core (no serious or critical
 * violation). One local run and one browser for the whole class (a second only for the conflict); the steps run in
 * order and build on each other. Skipped, saying why, only when chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApproversPageBrowserIT {

    /** A comment that mentions nothing clinical: its draft is vetted wording (verdict safe). */
    private static final String ROUTINE = "What time do you open on Saturdays?";
    /** An emergency: triage marks it urgent. */
    private static final String EMERGENCY = "My face is swelling up fast after the extraction and I can't breathe well";
    private static final String FEEDBACK = "Great team, the front desk was so friendly today";
    private static final String UNSAFE_EDIT = "Hope your root canal healed well, Jane!";
    /** A shorter reply in vetted sentences: safe, one approver may approve it. */
    private static final String SAFE_EDIT = "Thanks for reaching out! Please call us at 555-0100.";
    /** The emergency redirect kept, one sentence of the approver's own: free text (verdict review). */
    /** Three complaints about waiting: enough for the digest to show their theme's count and draw its bar. */
    private static final List<String> WAITS = List.of(
            "We waited over an hour in the waiting room past our time, nobody said anything",
            "Still waiting, forty minutes behind schedule again this morning",
            "The delay today was ridiculous, two hours in the waiting room");
    private static final String FREE_TEXT = "If this may be a medical emergency, call 911 or go to the nearest emergency"
            + " room right away. Please call our practice manager at 555-0100.";

    private LocalRunProcess run;
    private HeadlessChromium browser;
    private HeadlessChromium second;
    private String routineId;
    private String urgentId;
    private String feedbackId;
    private String routineLink;

    @BeforeAll
    void startTheLocalRunAndTheBrowser() throws Exception {
        Optional<String> missing = HeadlessChromium.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "Browser tests skipped: " + missing.orElse("")
                + ". CI installs them (.ci/run).");
        run = LocalRunProcess.start();
        // routine first, the emergency later: the page must still put the emergency on top
        run.postComment("711223344556677_200000000000001", ROUTINE);
        run.await(Duration.ofSeconds(10), () -> queue().size() == 1, "the routine draft never reached the queue");
        run.postComment("711223344556677_200000000000002", EMERGENCY);
        run.postComment("711223344556677_200000000000003", FEEDBACK);
        run.await(Duration.ofSeconds(10), () -> queue().size() == 3, "the drafts never reached the queue");
        for (JsonNode item : queue()) {
            String id = item.get("draftId").asText();
            String comment = run.get("/drafts/" + id).at("/comment/text").asText();
            if (comment.equals(ROUTINE)) {
                routineId = id;
            } else if (comment.equals(EMERGENCY)) {
                urgentId = id;
                assertEquals("urgent", item.get("urgency").asText(), "triage marks the emergency urgent");
            } else {
                feedbackId = id;
            }
        }
        assertEquals("PENDING_APPROVAL", run.get("/drafts/" + routineId).get("state").asText());
        run.await(Duration.ofSeconds(10), () -> run.printed("/app/index.html#/drafts/" + routineId), "no notification for the draft");
        routineLink = run.output().stream().filter(l -> l.contains("/app/index.html#/drafts/" + routineId)).findFirst()
                .orElseThrow().replaceFirst("^.*?(http://\\S+).*$", "$1");
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (run != null) {
            run.close();
        }
    }

    @Test
    @Order(1)
    void theLocalRunPrintsThePageAndItsFilesCarryTheHeaders() throws Exception {
        assertTrue(run.printed("Approvers' page " + run.base + "/app/"), "the banner prints the page's address");
        HttpResponse<String> page = run.raw("/app/");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        HttpResponse<String> api = run.raw("/drafts/" + routineId);
        assertEquals(401, api.statusCode());
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    @Order(2)
    void aNotificationLinkAsksForSignInThenOpensTheDraftAndChangesNothing() throws Exception {
        assertTrue(routineLink.endsWith("/app/index.html#/drafts/" + routineId), routineLink);
        browser.open(routineLink);
        browser.find("#sign-in-form");
        browser.screenshot("01-sign-in");
        assertNoSeriousViolations("sign-in");

        browser.click("#sign-in");

        browser.untilText("#comment-text", ROUTINE);
        browser.untilText("#verdict-label", "safe");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/app/index.html#/drafts/" + routineId), "ids only in the address");
        assertEquals("SafeReply", browser.driver.getTitle(), "no content in the title");
        assertEquals(1, run.get("/drafts/" + routineId).get("version").asInt(), "opening changed nothing");
        browser.screenshot("02-draft-from-notification");
        assertNoSeriousViolations("draft");
    }

    @Test
    @Order(3)
    void theQueuePutsTheUrgentDraftOnTopWithItsSlaClock() {
        browser.open(run.base + "/app/index.html#/queue");
        browser.find("#queue a");
        List<WebElement> items = browser.driver.findElements(By.cssSelector("#queue a"));
        assertEquals(3, items.size());
        assertEquals(urgentId, items.get(0).getAttribute("data-draft-id"), "urgent first although it came later");
        assertEquals(routineId, items.get(1).getAttribute("data-draft-id"), "then the oldest");
        assertTrue(items.get(0).getText().contains("SLA: "), items.get(0).getText());
        assertTrue(items.get(0).getText().contains("min left"), items.get(0).getText());
        browser.screenshot("03-queue-desktop");
        assertNoSeriousViolations("queue");
        browser.viewport(360, 780, true);
        browser.screenshot("03-queue-phone-360");
        assertNoSeriousViolations("queue at 360 px");
        assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 360,
                "nothing wider than the phone");
    }

    @Test
    @Order(4)
    void anUnsafeEditShowsItsSpansAndApproveIsOff() {
        browser.open(run.base + "/app/index.html#/drafts/" + routineId);
        browser.untilText("#verdict-label", "safe");

        browser.type("#reply-text", UNSAFE_EDIT);

        browser.untilText("#verdict-label", "unsafe");
        assertTrue(browser.present("#highlighted mark.violation"), "violations are marked");
        assertFalse(browser.find("#approve").isEnabled(), "Approve is off while unsafe");
        assertFalse(browser.find("#save").isEnabled(), "an unsafe text cannot be saved either");
        assertTrue(browser.find("#explanations").getText().contains("clinical detail")
                || browser.find("#explanations").getText().contains("patient"), browser.find("#explanations").getText());
        browser.screenshot("04-unsafe-edit-phone-360");
        assertNoSeriousViolations("draft with an unsafe edit at 360 px");
        browser.viewport(1280, 900, false);
        browser.screenshot("04-unsafe-edit-desktop");
    }

    @Test
    @Order(5)
    void aSafeEditIsApprovedAndPublished() throws Exception {
        browser.type("#reply-text", SAFE_EDIT);
        browser.untilText("#verdict-label", "safe");
        browser.until("#approve enabled", d -> d.findElement(By.id("approve")).isEnabled());

        browser.click("#approve");

        untilApproved(browser);
        browser.screenshot("05-approved");
        run.await(Duration.ofSeconds(15), () -> {
            try {
                return "PUBLISHED".equals(run.get("/drafts/" + routineId).get("state").asText());
            } catch (Exception e) {
                return false;
            }
        }, "the approved reply was not published");
        browser.open(run.base + "/app/index.html#/queue");
        browser.open(run.base + "/app/index.html#/drafts/" + routineId);
        browser.untilText("#publish", "Published");
        assertTrue(browser.find("#audit").getText().contains("approved"), browser.find("#audit").getText());
        browser.screenshot("05-published-with-audit");
    }

    @Test
    @Order(6)
    void aConflictingEditFromASecondBrowserIs409AndTheTypedTextStays() throws Exception {
        browser.open(run.base + "/app/index.html#/drafts/" + urgentId);
        browser.find("#reply-text");
        String mine = FREE_TEXT;
        browser.type("#reply-text", mine);
        browser.untilText("#verdict-label", "review");

        second = HeadlessChromium.start();
        second.open(run.base + "/app/index.html#/drafts/" + urgentId);
        second.type("#approver-id", "second-approver");
        second.click("#sign-in");
        second.find("#reply-text");
        String theirs = run.get("/drafts/" + urgentId).at("/draft/text").asText() + " Take care.";
        second.type("#reply-text", theirs);
        second.untilText("#verdict-label", "review");
        second.until("#save enabled", d -> d.findElement(By.id("save")).isEnabled());
        second.click("#save");
        second.until("the draft's version 2", d -> {
            try {
                return run.get("/drafts/" + urgentId).get("version").asInt() == 2;
            } catch (Exception e) {
                return false;
            }
        });

        browser.click("#save");

        browser.find("#conflict");
        assertEquals(mine, browser.find("#reply-text").getAttribute("value"), "the typed text is kept");
        assertTrue(browser.find("#their-text").getText().endsWith("Take care."), "what changed is shown");
        assertEquals("2", browser.find("#draft-version").getText(), "the next save builds on their version");
        browser.screenshot("06-conflict-409");
        assertNoSeriousViolations("draft with a conflict");
    }

    @Test
    @Order(7)
    void freeTextIsApprovedOnlyByASecondApproverWhoAttests() throws Exception {
        // after the conflict the page builds on the newer version: saving again stores the typed free text
        browser.until("#save enabled", d -> d.findElement(By.id("save")).isEnabled());
        browser.click("#save");
        browser.until("the draft's version 3", d -> {
            try {
                return run.get("/drafts/" + urgentId).get("version").asInt() == 3;
            } catch (Exception e) {
                return false;
            }
        });
        assertFalse(browser.find("#approve").isEnabled(), "its writer cannot approve free text");
        assertTrue(browser.find("#approve-help").getText().contains("another approver"), browser.find("#approve-help").getText());

        second.open(run.base + "/app/index.html#/queue");
        second.open(run.base + "/app/index.html#/drafts/" + urgentId);
        second.untilText("#verdict-label", "review");
        assertTrue(second.present("#highlighted mark.unvetted"), "unvetted sentences are marked");
        assertFalse(second.find("#approve").isEnabled(), "not before both statements are ticked");
        second.click("label[for=attest-relationship]");
        second.click("label[for=attest-health]");
        second.screenshot("07-second-approver-attests");
        second.click("#approve");
        untilApproved(second);
        assertEquals("second-approver", run.get("/drafts/" + urgentId).at("/decision/by").asText(),
                "approved by the second approver");
        second.screenshot("07-second-approver-approved");
    }

    @Test
    @Order(8)
    void whenTheSessionEndsMidEditSigningInAgainLosesNothing() {
        browser.open(run.base + "/app/index.html#/drafts/" + feedbackId);
        browser.untilText("#verdict-label", "safe");
        // the token expires (here: replaced by one the server refuses) while the approver types
        browser.script("const s = JSON.parse(sessionStorage.getItem('safereply.session'));"
                + "s.token = 'expired.token'; sessionStorage.setItem('safereply.session', JSON.stringify(s));");
        browser.type("#reply-text", SAFE_EDIT);

        browser.find("#sign-in-again");
        assertEquals(SAFE_EDIT, browser.find("#reply-text").getAttribute("value"));
        browser.screenshot("08-session-ended");
        browser.click("#sign-in");

        // the dialog closes once the sign-in answered (the verdict under it said "safe" all along, so wait on it)
        browser.until("the sign-in dialog closing", d -> d.findElements(By.id("sign-in-again")).isEmpty());
        browser.untilText("#verdict-label", "safe");
        assertEquals(SAFE_EDIT, browser.find("#reply-text").getAttribute("value"), "nothing typed was lost");
    }

    @Test
    @Order(9)
    void rejectNeedsAReason() throws Exception {
        browser.open(run.base + "/app/index.html#/drafts/" + feedbackId);
        browser.click("#reject");
        browser.untilText("#status", "reason");
        browser.type("#reject-reason", "We answer compliments by private message.");
        browser.click("#reject");
        browser.untilText("#draft-state", "rejected");
        assertEquals("REJECTED", run.get("/drafts/" + feedbackId).get("state").asText());
        browser.screenshot("08-rejected");
        assertNoSeriousViolations("rejected draft");
    }

    @Test
    @Order(10)
    void theWeeklyDigestShowsCountsOnlyWithSmallOnesAsUnder3AndTheCheckedChart() throws Exception {
        for (int i = 0; i < WAITS.size(); i++) {
            run.postComment("711223344556677_20000000000001" + i, WAITS.get(i));
        }
        run.await(Duration.ofSeconds(10), () -> queue().size() == WAITS.size(), "the complaints never reached the queue");
        // the digest function's use case, on demand: the week so far (the schedule sends the week just ended)
        JsonNode sent = run.post("/_local/digest/sunrise-dental");
        assertTrue(sent.get("sent").asBoolean(), sent.toString());
        String week = sent.get("weekId").asText();
        run.await(Duration.ofSeconds(10), () -> run.printed("/app/index.html#/digest/" + week), "no digest message");
        String link = run.output().stream().filter(l -> l.contains("/app/index.html#/digest/" + week)).findFirst()
                .orElseThrow().replaceFirst("^.*?(http://\\S+).*$", "$1");
        assertEquals(run.base + "/app/index.html#/digest/" + week, link, "the SNS digest links to the page");

        browser.open(link);

        browser.untilText("#digest-week", week);
        browser.find("#digest-chart svg");
        assertEquals("3", browser.find("#digest-themes tr[data-key=wait_delay] td").getText(),
                "three waits: shown");
        assertEquals("<3", browser.find("#digest-themes tr[data-key=billing_insurance] td").getText(),
                "zero shows as <3");
        assertEquals("6", browser.find("#digest-drafts strong").getText(), "every draft of the week, counted");
        assertEquals("<3", browser.find("#digest-emergencies strong").getText(), "one emergency: <3");
        assertEquals("median <3, p90 <3", browser.find("#digest-to-approval").getText(),
                "two approvals make no time to show");
        assertTrue(browser.find("#digest-suppression").getText().contains("under 3 show as <3"));
        assertTrue(browser.present("#digest-chart svg rect"), "the shown count has its bar");
        String chartText = (String) browser.script("return document.querySelector('#digest-chart svg').textContent");
        assertTrue(chartText.contains("wait delay") && chartText.contains("<3"), chartText);
        assertFalse(browser.present("#chart-refused"), "the server's chart passes the page's check");
        String page = browser.find("main").getText() + chartText;
        for (String comment : concat(WAITS, List.of(ROUTINE, EMERGENCY, FEEDBACK, SAFE_EDIT, FREE_TEXT))) {
            assertFalse(page.contains(comment), "no comment or reply text in the digest: " + comment);
            assertFalse(String.join("\n", run.output()).contains(comment), "nor in what the local run printed");
        }
        assertFalse(page.contains("waiting room") || page.contains("forty minutes"), "not even a piece of one");
        assertEquals("SafeReply", browser.driver.getTitle());
        browser.screenshot("09-digest-desktop");
        assertNoSeriousViolations("digest");
        browser.viewport(360, 780, true);
        browser.screenshot("09-digest-phone-360");
        assertNoSeriousViolations("digest at 360 px");
        assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 360,
                "the chart and tables fit the phone");
        browser.viewport(1280, 900, false);

        browser.open(run.base + "/app/index.html#/queue");
        browser.click("#digest-link");
        browser.untilText("#digest-week", week);   // #/digest: the newest digest
    }

    @Test
    @Order(11)
    void anotherPracticesApproverCannotOpenTheDraft() {
        browser.click("#sign-out");
        browser.find("#sign-in-form");
        browser.type("#approver-id", "other-approver");
        browser.type("#practice-id", "other-clinic");
        browser.type("#email", "approver@other-clinic.example");
        browser.click("#sign-in");
        browser.find("#queue, #screen-title");

        browser.open(run.base + "/app/index.html#/drafts/" + urgentId);

        browser.find("#not-found");
        String page = browser.find("main").getText();
        assertFalse(page.contains(EMERGENCY), "nothing of the comment");
        assertFalse(page.contains("Thank you"), "nothing of the draft");
        browser.screenshot("10-other-practice-not-found");

        browser.open(run.base + "/app/index.html#/digest");
        browser.find("#no-digest");
        assertFalse(browser.present("#digest-themes"), "nothing of sunrise-dental's digest");
        assertFalse(browser.present("#digest-chart"));
    }

    @Test
    @Order(12)
    void signOutReturnsToSignInAndLeavesNothingInStorage() {
        browser.click("#sign-out");

        browser.find("#sign-in-form");
        assertEquals(0L, browser.script("return localStorage.length"), "nothing in local storage");
        assertEquals(null, browser.script("return sessionStorage.getItem('safereply.session')"));
        browser.open(run.base + "/app/index.html#/queue");
        browser.find("#sign-in-form");
        browser.screenshot("11-signed-out");
    }

    @Test
    @Order(13)
    void pkceChallengeIsRfc7636sExample() {
        browser.open(run.base + "/app/");
        Object challenge = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/pkce.js').then(async p => done([await p.challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),"
                + " p.newVerifier(), p.authorizeUrl({authorizeUrl: 'https://auth.example/oauth2/authorize', clientId: 'c1',"
                + " scope: 'openid email'}, 'https://app.example/app/', 's1', 'ch1'),"
                + " p.tokenRequestBody({clientId: 'c1'}, 'https://app.example/app/', 'code1', 'v1')]))"
                + ".catch(e => done(['failed: ' + e]));");
        List<?> answers = (List<?>) challenge;
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", answers.get(0), "RFC 7636 appendix B");
        String verifier = (String) answers.get(1);
        assertTrue(verifier.matches("[A-Za-z0-9_-]{43}"), verifier);
        String authorize = (String) answers.get(2);
        assertTrue(authorize.startsWith("https://auth.example/oauth2/authorize?response_type=code&client_id=c1"), authorize);
        assertTrue(authorize.contains("code_challenge=ch1&code_challenge_method=S256"), authorize);
        assertTrue(authorize.contains("redirect_uri=https%3A%2F%2Fapp.example%2Fapp%2F"), authorize);
        assertEquals("grant_type=authorization_code&client_id=c1&code=code1&redirect_uri=https%3A%2F%2Fapp.example"
                + "%2Fapp%2F&code_verifier=v1", answers.get(3));
        assertNotEquals(verifier, browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/pkce.js').then(p => done(p.newVerifier()));"), "fresh each time");
    }

    @Test
    @Order(14)
    void theQueueOrderAndTheSpanMarksFollowTheirRules() {
        browser.open(run.base + "/app/index.html");
        List<?> answers = (List<?>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all([import('/app/queue-order.js'), import('/app/guard-view.js')]).then(([q, g]) => {"
                + " const items = [{draftId: 'n-old', urgency: 'normal', createdAt: '2026-01-01T08:00:00Z'},"
                + "  {draftId: 'u-new', urgency: 'urgent', createdAt: '2026-01-01T10:00:00Z'},"
                + "  {draftId: 'n-new', urgency: 'normal', createdAt: '2026-01-01T09:00:00Z'},"
                + "  {draftId: 'u-old', urgency: 'urgent', createdAt: '2026-01-01T09:30:00Z'}];"
                + " const now = Date.parse('2026-01-01T10:00:00Z');"
                + " const segs = g.segments('Hi Jane, call us.', {violations: [{start: 3, end: 7}],"
                + "  hidden: [], freeText: [{start: 0, end: 17}]});"
                + " done([q.urgentFirstThenOldest(items).map(i => i.draftId).join(' '),"
                + "  q.slaClock('2026-01-01T10:14:30Z', now).text, q.slaClock('2026-01-01T09:57:00Z', now).text,"
                + "  q.slaClock('2026-01-01T11:05:00Z', now).text,"
                + "  segs.map(s => (s.kind || '-') + ':' + s.text).join('|')]);"
                + "}).catch(e => done(['failed: ' + e]));");
        assertEquals("u-old u-new n-old n-new", answers.get(0), "urgent first, then oldest, within each");
        assertEquals("14 min left", answers.get(1));
        assertEquals("3 min overdue", answers.get(2));
        assertEquals("1 h 05 min left", answers.get(3));
        assertEquals("unvetted:Hi |violation:Jane|unvetted:, call us.", answers.get(4),
                "a violation inside an unvetted sentence shows as the violation");
    }

    @Test
    @Order(15)
    void theDigestChartIsShownOnlyWhenItHoldsNothingButAChart() {
        browser.open(run.base + "/app/index.html");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\">";
        List<?> answers = (List<?>) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "import('/app/digest-view.js').then(v => done(arguments[0].map(t => v.chartProblems(t).join(','))"
                + ".concat([String(v.checkedChart(arguments[0][1]).node), v.checkedChart(arguments[0][0]).node.localName])))"
                + ".catch(e => done(['failed: ' + e]));",
                List.of(svg + "<text x=\"0\" y=\"9\">&lt;3</text><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" fill=\"#3b6ea5\"/></svg>",
                        svg + "<script>alert(1)</script></svg>",
                        svg + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">hi</p></foreignObject></svg>",
                        svg + "<rect onclick=\"alert(1)\" width=\"1\" height=\"1\"/></svg>",
                        svg + "<image href=\"https://tracker.example/p.png\"/></svg>",
                        svg.replace("<svg ", "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                                + "<a xlink:href=\"https://x.example/\"><text>go</text></a></svg>",
                        svg + "<rect fill=\"url(https://x.example/#g)\" width=\"1\" height=\"1\"/></svg>",
                        svg + "<rect style=\"fill:red\" width=\"1\" height=\"1\"/></svg>",
                        "<html><body>not a chart</body></html>",
                        svg + "<text>unclosed</svg>"));
        assertEquals("", answers.get(0), "the server's kind of chart passes");
        assertTrue(((String) answers.get(1)).contains("element script"), String.valueOf(answers.get(1)));
        assertTrue(((String) answers.get(2)).contains("element foreignObject"), String.valueOf(answers.get(2)));
        assertTrue(((String) answers.get(3)).contains("attribute onclick"), String.valueOf(answers.get(3)));
        assertTrue(((String) answers.get(4)).contains("attribute href"), String.valueOf(answers.get(4)));
        assertTrue(((String) answers.get(5)).contains("attribute xlink:href"), String.valueOf(answers.get(5)));
        assertTrue(((String) answers.get(6)).contains("value of fill"), String.valueOf(answers.get(6)));
        assertTrue(((String) answers.get(7)).contains("attribute style"), String.valueOf(answers.get(7)));
        assertEquals("not an SVG document", answers.get(8));
        assertEquals("not an SVG document", answers.get(9));
        assertEquals("null", answers.get(10), "a refused chart gives no node to insert");
        assertEquals("svg", answers.get(11));
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The draft screen after Approve shows the state it reads back, which the publish stage may already have moved on
     * (approved, then publishing, then published, within a second locally): any of those is an approved draft.
     */
    private static void untilApproved(HeadlessChromium page) {
        page.until("#draft-state approved, publishing or published", d -> d.findElements(By.id("draft-state")).stream()
                .anyMatch(e -> e.getText().matches("approved|publishing|published")));
    }

    private void assertNoSeriousViolations(String screen) {
        List<String> violations = browser.seriousAccessibilityViolations();
        assertTrue(violations.isEmpty(), "axe-core on " + screen + ": " + violations);
    }

    private List<JsonNode> queue() {
        try {
            List<JsonNode> items = new java.util.ArrayList<>();
            run.get("/practices/sunrise-dental/drafts?limit=100").get("items").forEach(items::add);
            return items;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
