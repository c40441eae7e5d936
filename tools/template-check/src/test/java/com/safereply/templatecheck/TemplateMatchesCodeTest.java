package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The template against the code. A function whose module does not exist yet (modules are being written on other
 * branches) is skipped with an assumption; as soon as its directory exists, every mismatch fails.
 */
class TemplateMatchesCodeTest {

    private final SamTemplate template = Repo.TEMPLATE;
    private final TemplateChecks checks = new TemplateChecks(template);
    private final ProjectModules modules = Repo.modules();

    @TestFactory
    Stream<DynamicTest> handlersRoutesAndEnvironmentMatchEachFunctionsModule() {
        return template.functions().stream().map(f -> DynamicTest.dynamicTest(f.logicalId(), () -> {
            String dir = f.moduleDir().orElseThrow(() -> new AssertionError(f.logicalId() + ": bad CodeUri"));
            assumeTrue(Files.isDirectory(Repo.ROOT.resolve(dir)), dir + " does not exist yet");
            assertEquals(true, modules.exists(dir), dir + " exists but has no pom.xml");
            assertEquals(List.of(), checks.functionMatchesModule(f, modules));
        }));
    }

    @Test
    void everyLambdaModuleIsDeployedByTheTemplate() {
        assertEquals(List.of(), checks.everyLambdaModuleIsDeployed(modules));
    }

    @Test
    void functionsHoldsTheDeployedFunctionsAndNothingElse() {
        assertEquals(List.of(), checks.functionsFolderHoldsOnlyDeployedFunctions(modules));
    }

    @Test
    void tableKeysAndIndexesAreTheOnesTheStoreUses() {
        assumeTrue(Files.isDirectory(Repo.ROOT.resolve("libs/store/src/main")), "libs/store does not exist yet");
        ModuleSources store = ModuleSources.read(Repo.ROOT.resolve("libs/store"));
        assertEquals(List.of(), checks.tableMatchesStore(template.table(Repo.TABLE_ID), store));
    }

    @Test
    void draftsPastSlaIsEmittedInTheNamespaceTheAlarmWatches() {
        assumeTrue(modules.exists("functions/notify"), "functions/notify does not exist yet");
        String notify = ModuleSources.read(Repo.ROOT.resolve("functions/notify")).allJava();
        // The names live with the one EMF writer in libs/app, which notify packages.
        String app = ModuleSources.read(Repo.ROOT.resolve("libs/app")).allJava();
        assertEquals(true, notify.contains("MetricNames.DRAFTS_PAST_SLA"), "the escalate code emits DraftsPastSla");
        assertEquals(true, app.contains("DRAFTS_PAST_SLA = \"DraftsPastSla\""), "named DraftsPastSla");
        assertEquals(true, app.contains("NAMESPACE = \"SafeReply\""), "in the SafeReply namespace (EMF)");
        assertEquals(true, notify.contains("MetricNames.COMMENTS_STUCK"), "the escalation pass emits CommentsStuck");
        assertEquals(true, app.contains("COMMENTS_STUCK = \"CommentsStuck\""), "named CommentsStuck");
    }
}
