package com.safereply.templatecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checks on a small repository written here: it passes as written, and each typical mistake (a literal secret, a
 * webhook behind the JWT, a handler name that drifted, a variable the code reads but the template does not set, ...)
 * is reported. Proves the checks on the real template can fail.
 */
class ChecksCatchMistakesTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              SecretId: {Type: String, Default: app/dev}
            Globals:
              Function:
                Handler: io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest
                Runtime: java21
                MemorySize: 512
                Timeout: 10
                SnapStart: {ApplyOn: None}
                Environment:
                  Variables:
                    TABLE_NAME: !Ref Table
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: PK, KeyType: HASH}, {AttributeName: SK, KeyType: RANGE}]
                  GlobalSecondaryIndexes:
                    - IndexName: GSI1
                      KeySchema: [{AttributeName: GSI1PK, KeyType: HASH}, {AttributeName: GSI1SK, KeyType: RANGE}]
                      Projection: {ProjectionType: ALL}
                  TimeToLiveSpecification: {AttributeName: expiresAt, Enabled: true}
                  StreamSpecification: {StreamViewType: NEW_AND_OLD_IMAGES}
              Pool: {Type: AWS::Cognito::UserPool}
              Client: {Type: AWS::Cognito::UserPoolClient, Properties: {UserPoolId: !Ref Pool}}
              HttpApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        JwtConfiguration:
                          issuer: !Sub https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}
                          audience: [!Ref Client]
              WebhookFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/api/target/function.zip
                  LoggingConfig: {LogGroup: !Ref WebhookLogs}
                  Environment:
                    Variables:
                      META_APP_SECRET: !Sub "{{resolve:secretsmanager:${SecretId}:SecretString:meta}}"
                  Events:
                    Deliver: {Type: HttpApi, Properties: {ApiId: !Ref HttpApi, Method: POST, Path: /webhooks/meta, Auth: {Authorizer: NONE}}}
                    Item: {Type: HttpApi, Properties: {ApiId: !Ref HttpApi, Method: GET, Path: "/items/{itemId}"}}
              WebhookLogs: {Type: AWS::Logs::LogGroup, Properties: {RetentionInDays: 7}}
              NotifyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/worker/target/function.zip
                  LoggingConfig: {LogGroup: !Ref NotifyLogs}
                  Environment:
                    Variables:
                      QUARKUS_LAMBDA_HANDLER: work
              NotifyLogs: {Type: AWS::Logs::LogGroup, Properties: {RetentionInDays: 7}}
            """;

    @TempDir
    Path root;

    @BeforeEach
    void writeRepository() throws IOException {
        write("functions/lib/pom.xml", pom("safereply-lib", ""));
        write("functions/lib/src/main/java/Lib.java", """
                class Lib { String table = System.getenv("TABLE_NAME"); String region = System.getenv("AWS_REGION"); }
                """);
        write("functions/api/pom.xml", pom("safereply-api", """
                <dependency><groupId>com.safereply</groupId><artifactId>safereply-lib</artifactId></dependency>
                <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda-http</artifactId></dependency>
                """));
        write("functions/api/src/main/resources/application.properties", """
                safereply.meta.app-secret=${META_APP_SECRET:}
                %test.safereply.only-in-tests=${TEST_ONLY_VARIABLE}
                # commented=${COMMENTED_OUT}
                """);
        write("functions/api/src/main/java/Webhooks.java", """
                @Path("/webhooks")
                public class Webhooks {
                    @POST
                    @Path("meta")
                    @Consumes("application/json")
                    public Response deliver(@HeaderParam("X-Hub-Signature-256") String signature, String body) { return null; }
                }
                """);
        write("functions/api/src/main/java/Items.java", """
                @Path("/items")
                public class Items {
                    /** Reads one item. */
                    @GET
                    @Path("{id: [a-z0-9-]+}")
                    public Item get(@PathParam("id") String id) { return null; }

                    private Item helper(String id) { return null; }
                }
                """);
        write("functions/worker/pom.xml", pom("safereply-worker", """
                <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>
                """));
        write("functions/worker/src/main/java/Work.java", """
                @Named("work")
                public class Work implements RequestHandler<ScheduledEvent, Void> { }
                """);
        write("libs/store/src/main/java/TableDefinition.java", """
                final class TableDefinition {
                    static final String PK = "PK", SK = "SK", GSI1 = "GSI1", GSI1PK = "GSI1PK", GSI1SK = "GSI1SK";
                    static final String TTL = "expiresAt";
                }
                """);
    }

    @Test
    void theRepositoryAsWrittenPasses() throws IOException {
        SamTemplate template = template(TEMPLATE);
        TemplateChecks checks = new TemplateChecks(template);
        ProjectModules modules = ProjectModules.scan(root);
        for (SamFunction f : template.functions()) {
            assertEquals(List.of(), checks.functionSettings(f));
            assertEquals(List.of(), checks.functionMatchesModule(f, modules));
        }
        assertEquals(List.of(), checks.secretsAreDynamicReferences());
        assertEquals(List.of(), checks.routeAuthorization());
        assertEquals(List.of(), checks.referencesResolve());
        assertEquals(List.of(), checks.everyLambdaModuleIsDeployed(modules));
        assertEquals(List.of(), checks.tableMatchesStore(template.table("Table"), store()));
    }

    @Test
    void aLiteralSecretIsReported() {
        List<String> problems = new TemplateChecks(template(TEMPLATE.replace(
                "!Sub \"{{resolve:secretsmanager:${SecretId}:SecretString:meta}}\"", "hunter2")))
                .secretsAreDynamicReferences();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("META_APP_SECRET"));
    }

    @Test
    void aWebhookBehindTheJwtAndAnUnauthorizedRouteAreReported() {
        String swapped = TEMPLATE.replace("Path: /webhooks/meta, Auth: {Authorizer: NONE}", "Path: /webhooks/meta")
                .replace("Path: \"/items/{itemId}\"", "Path: \"/items/{itemId}\", Auth: {Authorizer: NONE}");
        List<String> problems = new TemplateChecks(template(swapped)).routeAuthorization();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("POST /webhooks/meta"));
        assertTrue(problems.get(1).startsWith("GET /items/{itemId}"));
    }

    @Test
    void aHandlerNameThatDriftedIsReported() throws IOException {
        write("functions/worker/src/main/java/Work.java", """
                @Named("doWork")
                public class Work implements RequestHandler<ScheduledEvent, Void> { }
                """);
        SamTemplate template = template(TEMPLATE);
        List<String> problems = new TemplateChecks(template)
                .functionMatchesModule(template.function("NotifyFunction").orElseThrow(), ProjectModules.scan(root));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("QUARKUS_LAMBDA_HANDLER=work") && problems.get(0).contains("[doWork]"));
    }

    /** The webhook's handler reads its event as JSON: a {@code RequestStreamHandler} is a handler too. */
    @Test
    void aNamedStreamHandlerIsFoundAndItsNameCheckedLikeAnyHandler() throws IOException {
        write("functions/worker/src/main/java/Work.java", """
                @Named("work")
                public class Work implements RequestStreamHandler { }
                """);
        SamTemplate template = template(TEMPLATE);
        TemplateChecks checks = new TemplateChecks(template);
        assertEquals(List.of(), checks.functionMatchesModule(template.function("NotifyFunction").orElseThrow(),
                ProjectModules.scan(root)));

        write("functions/worker/src/main/java/Work.java", """
                @Named("doWork")
                public class Work implements RequestStreamHandler { }
                """);
        List<String> problems = checks.functionMatchesModule(template.function("NotifyFunction").orElseThrow(),
                ProjectModules.scan(root));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("QUARKUS_LAMBDA_HANDLER=work") && problems.get(0).contains("[doWork]"));
    }

    @Test
    void aVariableReadByAPackagedLibraryButNotSetIsReported() throws IOException {
        write("functions/lib/src/main/java/Lib.java", """
                class Lib { String topic = System.getenv("TOPIC_ARN"); }
                """);
        SamTemplate template = template(TEMPLATE);
        List<String> problems = new TemplateChecks(template)
                .functionMatchesModule(template.function("WebhookFunction").orElseThrow(), ProjectModules.scan(root));
        assertEquals(List.of("WebhookFunction: environment variable TOPIC_ARN (read in functions/lib) is not set in"
                + " the template"), problems);
    }

    @Test
    void aVariableReadThroughTheEnvironmentMapAndAConstantIsReported() throws IOException {
        write("functions/lib/src/main/java/Config.java", """
                record Config(String table, String endpoint) {
                    static final String TABLE_NAME = "TABLE_NAME";
                    static final String ENDPOINT = "STORE_ENDPOINT";
                    static Config fromEnvironment() { return from(System.getenv()); }
                    static Config from(java.util.Map<String, String> env) {
                        return new Config(env.get(TABLE_NAME), env.getOrDefault(ENDPOINT, ""));
                    }
                }
                """);
        SamTemplate template = template(TEMPLATE);
        List<String> problems = new TemplateChecks(template)
                .functionMatchesModule(template.function("WebhookFunction").orElseThrow(), ProjectModules.scan(root));
        assertEquals(List.of("WebhookFunction: environment variable STORE_ENDPOINT (read in functions/lib) is not set"
                + " in the template"), problems);
    }

    @Test
    void routesTheCodeDoesNotServeAndServedRoutesTheTemplateLacksAreReported() throws IOException {
        write("functions/api/src/main/java/Items.java", """
                @Path("/items")
                public class Items {
                    @DELETE
                    @Path("{id}")
                    public void delete(@PathParam("id") String id) { }
                }
                """);
        SamTemplate template = template(TEMPLATE);
        List<String> problems = new TemplateChecks(template)
                .functionMatchesModule(template.function("WebhookFunction").orElseThrow(), ProjectModules.scan(root));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("GET /items/{itemId}") && problems.get(0).contains("no JAX-RS"));
        assertTrue(problems.get(1).contains("DELETE /items/{}") && problems.get(1).contains("declares no route"));
    }

    /** The webhook's shape: a plain {@code @Named} handler with its own route table, no JAX-RS. */
    @Test
    void aPlainHandlerServesTheRouteKeysOfItsRouteTableAndNoOthers() throws IOException {
        write("functions/api/pom.xml", pom("safereply-api", """
                <dependency><groupId>com.safereply</groupId><artifactId>safereply-lib</artifactId></dependency>
                <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>
                """));
        Files.delete(root.resolve("functions/api/src/main/java/Webhooks.java"));
        Files.delete(root.resolve("functions/api/src/main/java/Items.java"));
        write("functions/api/src/main/java/Handler.java", """
                @Named("api")
                public class Handler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
                    // "DELETE /commented/out" is not a route
                    static final Map<String, Route> ROUTES = Map.of(
                            "POST /webhooks/meta", r -> null,
                            "GET /items/{id}", r -> null);
                }
                """);
        SamTemplate template = template(TEMPLATE);
        TemplateChecks checks = new TemplateChecks(template);
        assertEquals(List.of(), checks.functionMatchesModule(template.function("WebhookFunction").orElseThrow(),
                ProjectModules.scan(root)));

        write("functions/api/src/main/java/Handler.java", """
                @Named("api")
                public class Handler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
                    static final Map<String, Route> ROUTES = Map.of(
                            "POST /webhooks/meta", r -> null,
                            "POST /webhooks/x", r -> null);
                }
                """);
        List<String> problems = checks.functionMatchesModule(template.function("WebhookFunction").orElseThrow(),
                ProjectModules.scan(root));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("GET /items/{itemId}") && problems.get(0).contains("route table"), problems.get(0));
        assertTrue(problems.get(1).contains("POST /webhooks/x") && problems.get(1).contains("declares no route"), problems.get(1));

        write("functions/api/src/main/java/Handler.java", """
                @Named("api")
                public class Handler implements RequestHandler<ScheduledEvent, Void> { }
                """);
        List<String> noTable = checks.functionMatchesModule(template.function("WebhookFunction").orElseThrow(),
                ProjectModules.scan(root));
        assertEquals(1, noTable.size(), noTable::toString);
        assertTrue(noTable.get(0).contains("neither an HTTP (lambda-http) module nor a handler with a route table"), noTable.get(0));
    }

    @Test
    void thePagesFilesArePublicGetsServedFromStaticResourcesOrThroughTheGreedyRoute() throws IOException {
        write("functions/api/src/main/resources/META-INF/resources/app/index.html", "<!doctype html>");
        write("functions/api/src/main/java/PageSettings.java", """
                @Path("/app")
                public class PageSettings {
                    @GET
                    @Path("/config.json")
                    public Object config() { return null; }
                }
                """);
        String withPage = TEMPLATE.replace("Item: {Type: HttpApi,", "Page: {Type: HttpApi, Properties: {ApiId: !Ref"
                + " HttpApi, Method: GET, Path: \"/app/{proxy+}\", Auth: {Authorizer: NONE}}}\n        Item: {Type: HttpApi,");
        SamTemplate template = template(withPage);
        TemplateChecks checks = new TemplateChecks(template);

        assertEquals(List.of(), checks.routeAuthorization());
        assertEquals(List.of(), checks.functionMatchesModule(template.function("WebhookFunction").orElseThrow(),
                ProjectModules.scan(root)), "index.html and config.json are reached through GET /app/{proxy+}");

        List<String> behindJwt = new TemplateChecks(template(withPage.replace(
                "Path: \"/app/{proxy+}\", Auth: {Authorizer: NONE}", "Path: \"/app/{proxy+}\""))).routeAuthorization();
        assertEquals(1, behindJwt.size(), behindJwt::toString);
        assertTrue(behindJwt.get(0).contains("approvers' page and must be public"), behindJwt.get(0));
        List<String> postToPage = new TemplateChecks(template(withPage.replace(
                "Method: GET, Path: \"/app/{proxy+}\"", "Method: POST, Path: \"/app/{proxy+}\""))).routeAuthorization();
        assertTrue(postToPage.stream().anyMatch(p -> p.contains("only GET of its files is public")), postToPage::toString);
    }

    @Test
    void aLambdaModuleTheTemplateDoesNotDeployIsReported() throws IOException {
        write("functions/extra/pom.xml", pom("safereply-extra",
                "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>"));
        assertEquals(1, new TemplateChecks(template(TEMPLATE)).everyLambdaModuleIsDeployed(ProjectModules.scan(root)).size());
    }

    @Test
    void aLibraryUnderFunctionsOrALambdaModuleElsewhereIsReported() throws IOException {
        write("libs/stray/pom.xml", pom("safereply-stray",
                "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>"));
        List<String> problems = new TemplateChecks(template(TEMPLATE))
                .functionsFolderHoldsOnlyDeployedFunctions(ProjectModules.scan(root));
        assertEquals(List.of("functions/lib is under functions/ but no AWS::Serverless::Function deploys it",
                "libs/stray is a Lambda module outside functions/"), problems);
    }

    @Test
    void anUndefinedReferenceIsReported() {
        List<String> problems = new TemplateChecks(template(TEMPLATE.replace("!Ref NotifyLogs", "!Ref NotifyLog")))
                .referencesResolve();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).endsWith("undefined NotifyLog"));
    }

    @Test
    void anIndexTheStoreDoesNotKnowIsReportedBothWays() throws IOException {
        write("libs/store/src/main/java/TableDefinition.java", """
                final class TableDefinition {
                    static final String PK = "PK", SK = "SK", GSI2 = "GSI2", GSI1PK = "GSI1PK", GSI1SK = "GSI1SK";
                    static final String TTL = "expiresAt";
                }
                """);
        List<String> problems = new TemplateChecks(template(TEMPLATE)).tableMatchesStore(template(TEMPLATE).table("Table"), store());
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("\"GSI1\""));
        assertTrue(problems.get(1).contains("GSI2"));
    }

    @Test
    void eventsAreCheckedAgainstTheirFunctionsRoutesClaimsAndTableKeys() throws IOException {
        SamTemplate template = template(TEMPLATE);
        EventChecks checks = new EventChecks(template, template.table("Table"));
        ObjectMapper json = new ObjectMapper();

        JsonNode goodPost = json.readTree("""
                {"version": "2.0", "routeKey": "POST /webhooks/meta", "rawPath": "/webhooks/meta",
                 "requestContext": {"http": {"method": "POST"}}}""");
        assertEquals(List.of(), checks.check("meta-page-comment.json", goodPost));
        assertEquals(1, checks.check("instagram-comment.json", goodPost).size(), "no function for this prefix");
        assertEquals(1, checks.check("meta-wrong.json", json.readTree("""
                {"version": "2.0", "routeKey": "POST /webhooks/meta", "rawPath": "/webhooks/x",
                 "requestContext": {"http": {"method": "POST"}}}""")).size(), "rawPath matches no route");

        JsonNode itemWithoutClaims = json.readTree("""
                {"version": "2.0", "routeKey": "GET /items/{itemId}", "rawPath": "/items/i-1",
                 "requestContext": {"http": {"method": "GET"}}}""");
        List<String> noClaims = checks.check("webhook-item.json", itemWithoutClaims);
        assertEquals(1, noClaims.size(), noClaims::toString);
        assertTrue(noClaims.get(0).contains("claims"));
        assertEquals(List.of(), checks.check("webhook-item-no-claims.json", itemWithoutClaims));

        JsonNode stream = json.readTree("""
                {"Records": [{"eventID": "1", "eventName": "INSERT", "eventSource": "aws:dynamodb",
                  "dynamodb": {"Keys": {"id": {"S": "d-1"}}, "NewImage": {}, "StreamViewType": "NEW_IMAGE"}}]}""");
        List<String> streamProblems = checks.check("dynamodb-draft-insert.json", stream);
        assertEquals(2, streamProblems.size(), streamProblems::toString);
    }

    private ModuleSources store() {
        return ModuleSources.read(root.resolve("libs/store"));
    }

    private static SamTemplate template(String yaml) {
        return new SamTemplate(SamYaml.load(new StringReader(yaml)));
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String pom(String artifactId, String dependencies) {
        return """
                <project>
                  <parent><groupId>com.safereply</groupId><artifactId>safereply-parent</artifactId></parent>
                  <artifactId>%s</artifactId>
                  <dependencies>%s</dependencies>
                </project>
                """.formatted(artifactId, dependencies);
    }
}
