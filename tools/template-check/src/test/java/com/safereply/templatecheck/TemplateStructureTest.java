package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The template on its own: what issue 6 asks of it, independent of which function modules exist yet. */
class TemplateStructureTest {

    private final SamTemplate template = Repo.TEMPLATE;
    private final TemplateChecks checks = new TemplateChecks(template);

    @Test
    void isASamTemplate() {
        assertEquals("AWS::Serverless-2016-10-31", template.root().get("Transform"));
    }

    @Test
    void deploysTheEightFunctionsFromTheirModules() {
        Map<String, String> codeUris = template.functions().stream()
                .collect(Collectors.toMap(SamFunction::logicalId, f -> f.codeUri().orElse("")));
        assertEquals(Map.of(
                "ModerationFunction", "functions/publish/target/function.zip",
                "WebhookFunction", "functions/webhook/target/function.zip",
                "TriageFunction", "functions/triage/target/function.zip",
                "ReviewFunction", "functions/review/target/function.zip",
                "NotifyFunction", "functions/notify/target/function.zip",
                "PublishFunction", "functions/publish/target/function.zip",
                "EscalateFunction", "functions/notify/target/function.zip",
                "DigestFunction", "functions/digest/target/function.zip"), codeUris);
        assertEquals(Optional.of("publish"), template.function("PublishFunction")
                .flatMap(f -> Maps.string(f.environment(), TemplateChecks.HANDLER_SELECTOR)));
        assertEquals(Optional.of("notify"), template.function("NotifyFunction")
                .flatMap(f -> Maps.string(f.environment(), TemplateChecks.HANDLER_SELECTOR)));
        assertEquals(Optional.of("escalate"), template.function("EscalateFunction")
                .flatMap(f -> Maps.string(f.environment(), TemplateChecks.HANDLER_SELECTOR)));
    }

    @TestFactory
    Stream<DynamicTest> everyFunctionHasTheQuarkusSettingsAndItsOwnLogGroup() {
        return template.functions().stream().map(f -> DynamicTest.dynamicTest(f.logicalId(),
                () -> assertEquals(List.of(), checks.functionSettings(f))));
    }

    @Test
    void logGroupsAreOnePerFunction() {
        assertEquals(List.of(), checks.logGroupsAreNotShared());
    }

    @Test
    void everyReferenceResolves() {
        assertEquals(List.of(), checks.referencesResolve());
    }

    @Test
    void secretsComeFromDynamicReferencesOnly() {
        assertEquals(List.of(), checks.secretsAreDynamicReferences());
        Map<String, Object> webhookEnv = template.function("WebhookFunction").orElseThrow().environment();
        assertTrue(webhookEnv.keySet().containsAll(Set.of("META_APP_SECRET", "META_VERIFY_TOKEN", "X_CONSUMER_SECRET")),
                "the webhook gets its three platform secrets");
        template.parameters().forEach((name, p) -> assertFalse(
                String.valueOf(Maps.map(p).get("Default")).matches("(?i).*(secret|token|password).*")
                        && !name.endsWith("SecretId"),
                name + " looks like a secret given as a parameter default"));
    }

    /**
     * AppCDS is opt-in: the parameter EnableAppCds defaults to "false", and only then (condition AppCdsEnabled) does
     * _JAVA_OPTIONS name the archive, so a default deployment starts with the runtime's own flags untouched. When on,
     * every function loads app.jsa through _JAVA_OPTIONS (read after the runtime's command line, which names the
     * runtime's archive and -Xshare:on), on top of that base archive and with -Xshare:auto so that a stale archive
     * falls back instead of failing the start. The cold-start harness checks it uses this exact value.
     */
    @Test
    void appCdsIsOptInAndWhenOnEveryFunctionGetsTheArchiveSafely() {
        Map<String, Object> parameter = Maps.map(template.parameters().get("EnableAppCds"));
        assertEquals("false", String.valueOf(parameter.get("Default")));
        assertEquals(List.of("true", "false"), parameter.get("AllowedValues"));
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "EnableAppCds"), "true")),
                template.conditions().get("AppCdsEnabled"));
        for (String name : List.of("WebhookFunction", "TriageFunction", "ReviewFunction", "NotifyFunction",
                "PublishFunction", "EscalateFunction")) {
            Map<String, Object> env = template.function(name).orElseThrow().environment();
            assertEquals(Map.of("Fn::If", List.of("AppCdsEnabled",
                            "-Xshare:auto -XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa:/var/task/app.jsa",
                            Map.of("Ref", "AWS::NoValue"))), env.get("_JAVA_OPTIONS"),
                    name + ": the runtime's archive as the base, the function's on top, only when EnableAppCds=true");
            assertFalse(String.valueOf(env.get("JAVA_TOOL_OPTIONS")).contains("SharedArchiveFile"),
                    name + ": the runtime's command line would override it there");
        }
    }

    @Test
    void webhookRoutesAndThePagesFilesArePublicAndEveryOtherRouteNeedsTheCognitoJwt() {
        assertEquals(List.of(), checks.routeAuthorization());
        Set<String> webhookRoutes = routeKeys("WebhookFunction");
        assertEquals(Set.of("GET /webhooks/meta", "POST /webhooks/meta", "GET /webhooks/x", "POST /webhooks/x",
                        "POST /webhooks/google"),
                webhookRoutes);
        assertEquals(Set.of("GET /practices/{practiceId}/drafts", "GET /drafts/{draftId}", "PUT /drafts/{draftId}",
                "POST /drafts/{draftId}/approve", "POST /drafts/{draftId}/reject", "GET /drafts/{draftId}/audit",
                "POST /drafts/{draftId}/retry-publish", "POST /drafts/{draftId}/check", "GET /app/{proxy+}",
                "GET /practices/{practiceId}/publishing", "POST /practices/{practiceId}/publishing/resume",
                "GET /practices/{practiceId}/phrasebook", "POST /practices/{practiceId}/phrasebook/proposals",
                "POST /practices/{practiceId}/phrasebook/proposals/{proposalId}/accept",
                "POST /practices", "GET /practices/{practiceId}", "PUT /practices/{practiceId}",
                "PUT /practices/{practiceId}/channels/{platform}/{channelId}",
                "DELETE /practices/{practiceId}/channels/{platform}/{channelId}",
                "GET /practices/{practiceId}/approvers", "POST /practices/{practiceId}/approvers",
                "POST /practices/{practiceId}/approvers/{username}/disable", "GET /practices/{practiceId}/changes",
                "GET /practices/{practiceId}/audit/export", "GET /practices/{practiceId}/digest",
                "GET /practices/{practiceId}/digest/chart.svg",
                "GET /openapi"), routeKeys("ReviewFunction"));
        assertEquals(Set.of("GET /app/{proxy+}"), template.function("ReviewFunction").orElseThrow().routes().stream()
                .filter(HttpRoute::isPublic).map(HttpRoute::routeKey).collect(Collectors.toSet()),
                "of the review routes only the page's files are public");
        for (SamFunction f : template.functions()) {
            Maps.map(f.properties().get("Events")).forEach((name, event) -> {
                if ("HttpApi".equals(Maps.map(event).get("Type"))) {
                    assertEquals(Optional.of("HttpApi"), Maps.at(event, "Properties", "ApiId").flatMap(Maps::ref),
                            f.logicalId() + "." + name + " is on the template's HttpApi (its authorizer applies)");
                }
            });
        }
    }

    /**
     * Issue 17: the review API reads {@code practice-admins} and {@code platform-operators} from cognito:groups, so
     * both groups exist in the approvers' pool; the review function may make the Cognito calls its approver adapter
     * makes (CognitoApproverAccounts: invite, add to the admins' group, find, disable, list) on that pool; the webhook
     * may read the practices' Google refresh tokens, and only those secrets.
     */
    @Test
    void theAdminGroupsExistAndTheFunctionsMayUseCognitoAndThePracticeTokens() {
        Map<String, Map<String, Object>> groups = template.resourcesOfType("AWS::Cognito::UserPoolGroup");
        assertEquals(Set.of("practice-admins", "platform-operators"), groups.values().stream()
                .map(g -> String.valueOf(g.get("GroupName"))).collect(Collectors.toSet()));
        groups.forEach((id, group) -> assertEquals(Optional.of("ApproverUserPool"), Maps.ref(group.get("UserPoolId")),
                id + " is a group of the approvers' pool"));

        Map<String, Object> approverPool = Map.of("Fn::GetAtt", List.of("ApproverUserPool", "Arn"));
        Set<String> cognito = allowedOn("ReviewFunction", approverPool);
        assertTrue(cognito.containsAll(Set.of("cognito-idp:AdminCreateUser", "cognito-idp:AdminAddUserToGroup",
                "cognito-idp:AdminGetUser", "cognito-idp:AdminDisableUser", "cognito-idp:ListUsers")),
                "the review function invites, finds, disables and lists approvers: " + cognito);
        assertFalse(cognito.contains("cognito-idp:AdminDeleteUser"), "accounts are disabled, never deleted");

        Map<String, Object> practiceTokens = Map.of("Fn::Sub", "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:"
                + "${AWS::AccountId}:secret:safereply/${EnvironmentName}/platform-tokens/*");
        assertEquals(Set.of("secretsmanager:GetSecretValue"), allowedOn("WebhookFunction", practiceTokens),
                "the webhook reads the practices' refresh tokens, and writes none");
        assertEquals(Optional.of("safereply/${EnvironmentName}/platform-tokens/"), Maps.string(
                template.function("WebhookFunction").orElseThrow().environment(), "PLATFORM_CREDENTIALS_PREFIX",
                "Fn::Sub"), "the prefix it reads is the one the policy allows");
    }

    /** The actions the function's inline policy statements allow on exactly this resource. */
    private Set<String> allowedOn(String functionId, Object resource) {
        Set<String> actions = new java.util.TreeSet<>();
        for (Object policy : Maps.list(template.function(functionId).orElseThrow().properties().get("Policies"))) {
            for (Object statement : Maps.list(Maps.map(policy).get("Statement"))) {
                Map<String, Object> s = Maps.map(statement);
                if ("Allow".equals(s.get("Effect")) && resource.equals(s.get("Resource"))) {
                    Object action = s.get("Action");
                    Maps.list(action).forEach(a -> actions.add(String.valueOf(a)));
                    if (action instanceof String single) {
                        actions.add(single);
                    }
                }
            }
        }
        return actions;
    }

    @Test
    void tableHasTheKeysIndexTtlStreamRecoveryAndCustomerManagedEncryption() {
        TableSchema table = template.table(Repo.TABLE_ID);
        assertEquals("PK", table.hashKey());
        assertEquals("SK", table.rangeKey());
        assertEquals(Map.of("GSI1", new TableSchema.IndexKeys("GSI1PK", "GSI1SK", "ALL")), table.indexes());
        assertEquals("expiresAt", table.ttlAttribute());
        assertEquals("NEW_AND_OLD_IMAGES", table.streamViewType());

        Map<String, Object> props = template.resourcesOfType("AWS::DynamoDB::Table").get(Repo.TABLE_ID);
        assertEquals("PAY_PER_REQUEST", props.get("BillingMode"));
        assertEquals(Optional.of("true"), Maps.string(props, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"));
        assertEquals(Optional.of("KMS"), Maps.string(props, "SSESpecification", "SSEType"));
        assertEquals(Optional.of("AWS::KMS::Key"), Maps.at(props, "SSESpecification", "KMSMasterKeyId")
                .flatMap(Maps::ref).flatMap(template::resourceType));
        template.functions().forEach(f -> assertEquals(Optional.of(Repo.TABLE_ID), Maps.ref(f.environment().get("TABLE_NAME")),
                f.logicalId() + " gets TABLE_NAME from the table"));
    }

    @Test
    void notificationsRetryBisectAndEndInTheDeadLetterQueue() {
        assertStreamConsumerRetriesBisectsAndEndsInItsDeadLetterQueue("NotifyFunction");
    }

    /**
     * The triage stage: a failing record is reported alone (the rest of the batch is processed), retried with
     * bisection, then its batch goes to its own DLQ with an alarm; it wakes only for comments awaiting triage, and has
     * a memory size of its own (the engine, and later its model, need more than the 512 MB default).
     */
    @Test
    void triageRetriesBisectsEndsInItsDeadLetterQueueAndWakesOnlyForCommentsAwaitingTriage() {
        String queue = assertStreamConsumerRetriesBisectsAndEndsInItsDeadLetterQueue("TriageFunction");
        assertEquals("TriageDeadLetterQueue", queue);
        Map<String, Object> stream = template.function("TriageFunction").orElseThrow().eventsOfType("DynamoDB")
                .values().iterator().next();
        List<Object> filters = Maps.list(Maps.at(stream, "FilterCriteria", "Filters").orElseThrow());
        assertEquals(List.of("{\"eventName\": [\"INSERT\", \"MODIFY\"], \"dynamodb\": {\"NewImage\": "
                        + "{\"type\": {\"S\": [\"INBOUND\"]}, \"status\": {\"S\": [\"RECEIVED\"]}}}}",
                        // deferred parts of deliveries past the ceiling (issue 11, finding 6): new ones only
                        "{\"eventName\": [\"INSERT\"], \"dynamodb\": {\"NewImage\": {\"type\": {\"S\": [\"DEFERRED\"]}}}}"),
                filters.stream().map(f -> Maps.map(f).get("Pattern")).toList());
        Object memory = template.function("TriageFunction").orElseThrow().properties().get("MemorySize");
        assertTrue(memory instanceof Number n && n.intValue() >= 1024, "its own memory size, sized for the model: " + memory);
        assertTrue(alarmWatches("AWS/Lambda", "IteratorAge", "TriageFunction"), "an alarm on stream lag");
    }

    /** @return the logical id of the function's dead-letter queue */
    private String assertStreamConsumerRetriesBisectsAndEndsInItsDeadLetterQueue(String function) {
        Map<String, Map<String, Object>> streams = template.function(function).orElseThrow().eventsOfType("DynamoDB");
        assertEquals(1, streams.size(), function + " reads one stream");
        Map<String, Object> stream = streams.values().iterator().next();
        assertEquals(Optional.of(Repo.TABLE_ID), Maps.at(stream, "Stream", "Fn::GetAtt").map(v -> Maps.list(v).get(0)));
        assertEquals(Optional.of("true"), Maps.string(stream, "BisectBatchOnFunctionError"));
        assertEquals(List.of("ReportBatchItemFailures"), stream.get("FunctionResponseTypes"));
        assertTrue(Maps.at(stream, "MaximumRetryAttempts").isPresent(), "bounded retries");
        assertTrue(Maps.at(stream, "MaximumRecordAgeInSeconds").isPresent(), "bounded record age");
        Object destination = Maps.at(stream, "DestinationConfig", "OnFailure", "Destination").orElseThrow();
        String queue = String.valueOf(Maps.list(Maps.map(destination).get("Fn::GetAtt")).get(0));
        assertEquals(Optional.of("AWS::SQS::Queue"), template.resourceType(queue));
        assertTrue(alarmWatches("AWS/SQS", "ApproximateNumberOfMessagesVisible", queue), "an alarm on DLQ depth");
        return queue;
    }

    @Test
    void escalationRunsEveryFiveMinutes() {
        Map<String, Map<String, Object>> schedules = template.function("EscalateFunction").orElseThrow().eventsOfType("Schedule");
        assertEquals(List.of("rate(5 minutes)"), schedules.values().stream().map(s -> s.get("Schedule")).toList());
    }

    @Test
    void topicsAreEncryptedWithTheCustomerManagedKeyAndAlertEmailIsOptional() {
        template.resourcesOfType("AWS::SNS::Topic").forEach((id, topic) -> assertEquals(
                Optional.of("AWS::KMS::Key"), Maps.ref(topic.get("KmsMasterKeyId")).flatMap(template::resourceType),
                id + " is KMS encrypted with the template's key"));
        template.resourcesOfType("AWS::SNS::Subscription").keySet().forEach(id -> assertEquals(
                Optional.of("HasAlertEmail"), Maps.string(template.resources(), id, "Condition"), id + " is optional"));
        for (String fn : List.of("NotifyFunction", "EscalateFunction", "DigestFunction")) {
            assertEquals(Optional.of("ApproverTopic"), Maps.ref(template.function(fn).orElseThrow().environment().get("TOPIC_ARN")));
        }
    }

    @Test
    void alarmsCoverEveryFunctionsErrorsAndDraftsPastSla() {
        template.functions().forEach(f -> assertTrue(alarmWatches("AWS/Lambda", "Errors", f.logicalId()),
                "an Errors alarm for " + f.logicalId()));
        assertTrue(template.resourcesOfType("AWS::CloudWatch::Alarm").values().stream().anyMatch(a ->
                "SafeReply".equals(a.get("Namespace")) && "DraftsPastSla".equals(a.get("MetricName"))));
        assertTrue(template.resourcesOfType("AWS::CloudWatch::Alarm").values().stream().anyMatch(a ->
                "SafeReply".equals(a.get("Namespace")) && "CommentsStuck".equals(a.get("MetricName"))),
                "an alarm on comments still untriaged after 5 minutes");
    }

    @Test
    void parametersAndOutputsAreTheDocumentedOnes() {
        assertTrue(template.parameters().keySet().containsAll(
                Set.of("EnvironmentName", "AlertEmail", "EnableSnapStart", "EnableAppCds", "LogRetentionDays",
                        "WebhookSecretId")));
        assertTrue(template.outputs().keySet().containsAll(
                Set.of("ApiUrl", "TableName", "ApproverTopicArn", "UserPoolId", "UserPoolClientId")));
    }

    private Set<String> routeKeys(String functionId) {
        return template.function(functionId).orElseThrow().routes().stream().map(HttpRoute::routeKey)
                .collect(Collectors.toSet());
    }

    private boolean alarmWatches(String namespace, String metric, String resourceId) {
        return template.resourcesOfType("AWS::CloudWatch::Alarm").values().stream().anyMatch(a ->
                namespace.equals(a.get("Namespace")) && metric.equals(a.get("MetricName"))
                        && Maps.list(a.get("Dimensions")).stream().anyMatch(d -> {
                            Object value = Maps.map(d).get("Value");
                            return Maps.ref(value).filter(resourceId::equals).isPresent()
                                    || Maps.at(value, "Fn::GetAtt").map(v -> Maps.list(v).get(0)).filter(resourceId::equals).isPresent();
                        }));
    }
}
