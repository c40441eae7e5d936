package com.safereply.templatecheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that keep {@code template.yaml} honest, each returning the problems it found (empty when all is well) so
 * that tests can assert both that the real template passes and that a broken one is caught.
 */
public final class TemplateChecks {

    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    public static final String RUNTIME = "java21";
    public static final String HANDLER_SELECTOR = "QUARKUS_LAMBDA_HANDLER";
    /** Routes under this prefix are called by the platforms and authenticated by their signatures, not by a JWT. */
    public static final String PUBLIC_PREFIX = "/webhooks/";
    /**
     * The approvers' page: its files and sign-in settings are fetched before anyone has a token, so its GET routes are
     * public too. They hold no draft data; everything the page shows comes from the JWT-protected API.
     */
    public static final String PAGE_PREFIX = "/app/";

    private static final Set<String> LAMBDA_PROVIDED = Set.of("LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY).*");
    private static final Pattern DYNAMIC_REFERENCE = Pattern.compile(
            "^\\{\\{resolve:(secretsmanager|ssm|ssm-secure):(?:[^{}]|\\$\\{[A-Za-z0-9:.]+})+}}$");
    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private final SamTemplate template;

    public TemplateChecks(SamTemplate template) {
        this.template = template;
    }

    // ------------------------------------------------------------------ template on its own

    /** Handler, runtime, CodeUri shape, memory, timeout, own log group with retention, SnapStart switch. */
    public List<String> functionSettings(SamFunction f) {
        List<String> problems = new ArrayList<>();
        String id = f.logicalId();
        if (!f.handler().filter(QUARKUS_HANDLER::equals).isPresent()) {
            problems.add(id + ": Handler must be " + QUARKUS_HANDLER + " but is " + f.handler().orElse("missing"));
        }
        if (!f.runtime().filter(RUNTIME::equals).isPresent()) {
            problems.add(id + ": Runtime must be " + RUNTIME + " but is " + f.runtime().orElse("missing"));
        }
        if (f.moduleDir().isEmpty()) {
            problems.add(id + ": CodeUri must be functions/<module>/target/function.zip but is "
                    + f.codeUri().orElse("missing"));
        }
        // 512 MB (the Globals) for the functions that wait on I/O; the triage function sets its own, sized for the
        // engine and its model. Below 512 a Quarkus JVM function starts slowly; above 3008 MB buys CPU no stage uses.
        int memory = Integer.parseInt(Maps.string(f.properties(), "MemorySize").orElse("0"));
        if (memory < 512 || memory > 3008) {
            problems.add(id + ": MemorySize " + memory + " MB is outside 512..3008 MB");
        }
        int timeout = Integer.parseInt(Maps.string(f.properties(), "Timeout").orElse("3"));
        if (timeout < 5 || timeout > 120) {
            problems.add(id + ": Timeout " + timeout + " s is outside 5..120 s (Quarkus cold start vs. runaway cost)");
        }
        Optional<String> logGroup = Maps.at(f.properties(), "LoggingConfig", "LogGroup").flatMap(Maps::ref);
        if (logGroup.isEmpty()) {
            problems.add(id + ": LoggingConfig.LogGroup must !Ref the function's own AWS::Logs::LogGroup");
        } else if (!template.resourceType(logGroup.get()).filter("AWS::Logs::LogGroup"::equals).isPresent()) {
            problems.add(id + ": log group " + logGroup.get() + " is not an AWS::Logs::LogGroup in the template");
        } else if (Maps.at(template.resources(), logGroup.get(), "Properties", "RetentionInDays").isEmpty()) {
            problems.add(id + ": log group " + logGroup.get() + " has no RetentionInDays");
        }
        if (Maps.at(f.properties(), "SnapStart", "ApplyOn").isEmpty()) {
            problems.add(id + ": SnapStart.ApplyOn must be set (from the EnableSnapStart condition)");
        }
        return problems;
    }

    /** Log groups are one per function: two functions sharing a group would mix their logs and retention. */
    public List<String> logGroupsAreNotShared() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SamFunction f : template.functions()) {
            Maps.at(f.properties(), "LoggingConfig", "LogGroup").flatMap(Maps::ref).ifPresent(group -> {
                if (!seen.add(group)) {
                    problems.add(f.logicalId() + ": log group " + group + " is shared with another function");
                }
            });
        }
        return problems;
    }

    /**
     * Secret-looking variables (SECRET, TOKEN, PASSWORD, ...) must be a CloudFormation dynamic reference, alone, so no
     * secret value is ever written in the template or a parameter default.
     */
    public List<String> secretsAreDynamicReferences() {
        List<String> problems = new ArrayList<>();
        for (SamFunction f : template.functions()) {
            f.environment().forEach((name, value) -> {
                if (!SECRET_NAME.matcher(name).matches()) {
                    return;
                }
                String text = value instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("Fn::Sub")
                        ? String.valueOf(m.get("Fn::Sub")) : value instanceof String s ? s : null;
                if (text == null || !DYNAMIC_REFERENCE.matcher(text).matches()) {
                    problems.add(f.logicalId() + ": " + name + " must be a {{resolve:secretsmanager|ssm:...}} dynamic"
                            + " reference, not " + (text == null ? "an intrinsic" : "a literal"));
                }
            });
        }
        return problems;
    }

    /** Webhook routes are public (platform signatures); every other route needs the Cognito JWT authorizer. */
    public List<String> routeAuthorization() {
        List<String> problems = new ArrayList<>();
        Set<String> routeKeys = new LinkedHashSet<>();
        for (HttpRoute route : template.routes()) {
            if (!routeKeys.add(route.routeKey())) {
                problems.add(route.routeKey() + " is declared twice");
            }
            boolean page = route.path().startsWith(PAGE_PREFIX);
            if (page && !route.method().equals("GET")) {
                problems.add(route.routeKey() + " (" + route.functionId() + ") is under the page's " + PAGE_PREFIX
                        + ", where only GET of its files is public; changes belong to the JWT-protected API");
            }
            boolean shouldBePublic = route.path().startsWith(PUBLIC_PREFIX) || (page && route.method().equals("GET"));
            if (shouldBePublic && !route.isPublic()) {
                problems.add(route.routeKey() + " (" + route.functionId() + ") is " + (page
                        ? "the approvers' page and must be public (Auth.Authorizer: NONE): it is what signs in"
                        : "a platform webhook and must be public (Auth.Authorizer: NONE): platforms cannot send a JWT"));
            }
            if (!shouldBePublic && route.isPublic()) {
                problems.add(route.routeKey() + " (" + route.functionId() + ") is public but must require the JWT"
                        + " authorizer");
            }
            if (!shouldBePublic && !route.isPublic() && !isCognitoJwtAuthorizer(route.authorizer())) {
                problems.add(route.routeKey() + ": authorizer " + route.authorizer()
                        + " is not a JWT authorizer backed by the template's Cognito user pool and client");
            }
        }
        return problems;
    }

    private boolean isCognitoJwtAuthorizer(String name) {
        for (Map<String, Object> api : template.resourcesOfType("AWS::Serverless::HttpApi").values()) {
            Optional<Object> jwt = Maps.at(api, "Auth", "Authorizers", name, "JwtConfiguration");
            if (jwt.isPresent()) {
                String issuer = String.valueOf(Maps.at(jwt.get(), "issuer").orElse(""));
                boolean poolIssuer = issuer.contains("cognito-idp") && referencesTypes(issuer, "AWS::Cognito::UserPool");
                boolean clientAudience = Maps.list(Maps.at(jwt.get(), "audience").orElse(null)).stream()
                        .anyMatch(a -> Maps.ref(a).flatMap(template::resourceType)
                                .filter("AWS::Cognito::UserPoolClient"::equals).isPresent());
                return poolIssuer && clientAudience;
            }
        }
        return false;
    }

    private boolean referencesTypes(String text, String type) {
        Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z0-9.]+)?}").matcher(text);
        while (m.find()) {
            if (template.resourceType(m.group(1)).filter(type::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Every !Ref, !GetAtt, ${X} in !Sub and !If/Condition names point at something the template defines. */
    public List<String> referencesResolve() {
        Set<String> problems = new TreeSet<>();
        Set<String> defined = new LinkedHashSet<>(template.resources().keySet());
        defined.addAll(template.parameters().keySet());
        defined.addAll(PSEUDO_PARAMETERS);
        walk(template.root().get("Resources"), "Resources", defined, problems);
        walk(template.root().get("Globals"), "Globals", defined, problems);
        walk(template.root().get("Outputs"), "Outputs", defined, problems);
        template.resources().forEach((id, resource) -> Maps.string(resource, "Condition").ifPresent(c -> {
            if (!template.conditions().containsKey(c)) {
                problems.add(id + ": unknown condition " + c);
            }
        }));
        return List.copyOf(problems);
    }

    private void walk(Object node, String where, Set<String> defined, Set<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = String.valueOf(map.keySet().iterator().next());
                Object value = map.values().iterator().next();
                switch (key) {
                    case "Ref" -> require(String.valueOf(value), where, defined, problems);
                    case "Fn::GetAtt" -> {
                        Object target = value instanceof List<?> l && !l.isEmpty() ? l.get(0)
                                : String.valueOf(value).split("\\.")[0];
                        require(String.valueOf(target), where, defined, problems);
                    }
                    case "Fn::Sub" -> {
                        String text = value instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : String.valueOf(value);
                        Map<String, Object> local = value instanceof List<?> l && l.size() > 1 ? Maps.map(l.get(1)) : Map.of();
                        Matcher m = Pattern.compile("\\$\\{([^!}][^}]*)}").matcher(text);
                        while (m.find()) {
                            String name = m.group(1).contains("::") ? m.group(1) : m.group(1).split("\\.")[0];
                            if (!local.containsKey(name)) {
                                require(name, where, defined, problems);
                            }
                        }
                    }
                    case "Fn::If" -> {
                        String condition = String.valueOf(Maps.list(value).isEmpty() ? "" : Maps.list(value).get(0));
                        if (!template.conditions().containsKey(condition)) {
                            problems.add(where + ": !If uses unknown condition " + condition);
                        }
                    }
                    default -> {
                    }
                }
            }
            map.forEach((k, v) -> walk(v, where + "." + k, defined, problems));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "[" + i + "]", defined, problems);
            }
        }
    }

    private static void require(String name, String where, Set<String> defined, Set<String> problems) {
        if (!defined.contains(name)) {
            problems.add(where + ": reference to undefined " + name);
        }
    }

    // ------------------------------------------------------------------ template against a module's code

    /**
     * What the function's module says about it: the handler it selects exists, the routes the template sends to it are
     * served and every served route is declared, and every environment variable the packaged code reads is set.
     */
    public List<String> functionMatchesModule(SamFunction f, ProjectModules modules) {
        List<String> problems = new ArrayList<>();
        String dir = f.moduleDir().orElseThrow();
        ProjectModules.Module module = modules.get(dir);
        ModuleSources sources = ModuleSources.read(modules.root().resolve(dir));
        String id = f.logicalId();
        Optional<String> selected = Maps.string(f.environment(), HANDLER_SELECTOR);

        if (module.isHttpLambda()) {
            selected.ifPresent(s -> problems.add(id + ": " + HANDLER_SELECTOR + " is set, but " + dir
                    + " is an HTTP (lambda-http) module whose handler is Quarkus's own"));
            if (f.routes().isEmpty()) {
                problems.add(id + ": " + dir + " is an HTTP module but the function has no HttpApi route");
            }
            problems.addAll(routesMatch(f, sources));
        } else if (module.isPlainLambda()) {
            Set<String> named = sources.namedRequestHandlers();
            if (selected.isEmpty() && named.size() > 1) {
                problems.add(id + ": " + dir + " has several @Named handlers " + named + ": set " + HANDLER_SELECTOR);
            }
            selected.filter(s -> !named.contains(s)).ifPresent(s -> problems.add(id + ": " + HANDLER_SELECTOR + "="
                    + s + " but " + dir + " has no @Named(\"" + s + "\") RequestHandler or RequestStreamHandler (found "
                    + named + ")"));
            // A plain handler may serve HTTP API routes by routing them itself: its route table names each route key.
            if (!f.routes().isEmpty() && sources.routeKeyLiterals().isEmpty()) {
                problems.add(id + ": HttpApi routes point at " + dir + ", which is neither an HTTP (lambda-http) module"
                        + " nor a handler with a route table (\"METHOD /path\" route keys)");
            } else if (!f.routes().isEmpty() || !sources.routeKeyLiterals().isEmpty()) {
                problems.addAll(routesMatch(f, sources));
            }
        } else {
            problems.add(id + ": " + dir + " uses neither quarkus-amazon-lambda nor quarkus-amazon-lambda-http");
        }

        Set<String> missing = new TreeSet<>();
        for (ProjectModules.Module packaged : modules.packagedWith(dir)) {
            for (String variable : ModuleSources.read(modules.root().resolve(packaged.dir())).environmentVariablesRead()) {
                if (!isProvidedByLambda(variable) && !f.environment().containsKey(variable)) {
                    missing.add(variable + " (read in " + packaged.dir() + ")");
                }
            }
        }
        missing.forEach(m -> problems.add(id + ": environment variable " + m + " is not set in the template"));
        return problems;
    }

    private List<String> routesMatch(SamFunction f, ModuleSources sources) {
        List<String> problems = new ArrayList<>();
        Set<String> served = new TreeSet<>();
        sources.jaxRsRouteKeys().forEach(k -> served.add(HttpRoute.shape(k)));
        sources.routeKeyLiterals().forEach(k -> served.add(HttpRoute.shape(k)));
        String openApiPath = sources.property("quarkus.smallrye-openapi.path").orElse(null);
        List<String> staticFiles = sources.staticFiles();
        for (HttpRoute route : f.routes()) {
            String shape = HttpRoute.shape(route.routeKey());
            boolean openApi = route.method().equals("GET") && route.path().equals(openApiPath);
            boolean staticFile = staticFiles.stream().anyMatch(file -> route.matchesRequest("GET", file));
            if (!served.contains(shape) && !openApi && !staticFile) {
                problems.add(f.logicalId() + ": template routes " + route.routeKey()
                        + " to the function, but no JAX-RS resource method or route table entry serves it (found " + served + ")");
            }
        }
        // A module may back several functions: a served route is declared if any of them routes it.
        Set<String> declaredForModule = new TreeSet<>();
        template.functions().stream().filter(other -> other.moduleDir().equals(f.moduleDir()))
                .flatMap(other -> other.routes().stream()).forEach(r -> declaredForModule.add(HttpRoute.shape(r.routeKey())));
        List<HttpRoute> moduleRoutes = template.functions().stream()
                .filter(other -> other.moduleDir().equals(f.moduleDir())).flatMap(other -> other.routes().stream()).toList();
        for (String shape : served) {
            // a concrete path (GET /app/config.json) may be reached through a greedy route (GET /app/{proxy+})
            String[] key = shape.split(" ", 2);
            boolean throughGreedy = !shape.contains("{") && moduleRoutes.stream()
                    .anyMatch(r -> r.path().contains("+}") && r.matchesRequest(key[0], key[1]));
            if (!declaredForModule.contains(shape) && !throughGreedy) {
                problems.add(f.logicalId() + ": the code serves " + shape
                        + " but the template declares no route for it (unreachable in AWS)");
            }
        }
        return problems;
    }

    static boolean isProvidedByLambda(String variable) {
        return variable.startsWith("AWS_") || variable.startsWith("_") || LAMBDA_PROVIDED.contains(variable);
    }

    /** Lambda modules under functions/ that no function in the template deploys. */
    public List<String> everyLambdaModuleIsDeployed(ProjectModules modules) {
        Set<String> deployed = new LinkedHashSet<>();
        template.functions().forEach(f -> f.moduleDir().ifPresent(deployed::add));
        return modules.all().stream().filter(ProjectModules.Module::isLambda)
                .filter(m -> !deployed.contains(m.dir()))
                .map(m -> m.dir() + " is a Lambda module but no AWS::Serverless::Function has CodeUri "
                        + m.dir() + "/target/function.zip")
                .toList();
    }

    /**
     * {@code functions/} holds the deployable functions only: every module there is deployed by the template, and no
     * Lambda module lives anywhere else (libraries, tools and test support have folders of their own).
     */
    public List<String> functionsFolderHoldsOnlyDeployedFunctions(ProjectModules modules) {
        Set<String> deployed = new LinkedHashSet<>();
        template.functions().forEach(f -> f.moduleDir().ifPresent(deployed::add));
        List<String> problems = new ArrayList<>();
        for (ProjectModules.Module m : modules.all()) {
            boolean underFunctions = m.dir().startsWith("functions/");
            if (underFunctions && !deployed.contains(m.dir())) {
                problems.add(m.dir() + " is under functions/ but no AWS::Serverless::Function deploys it");
            } else if (!underFunctions && m.isLambda()) {
                problems.add(m.dir() + " is a Lambda module outside functions/");
            }
        }
        return problems;
    }

    /**
     * The table's key, index and TTL attribute names appear as string literals in the store module's code, and every
     * index name the store code uses ({@code GSI<n>}) exists in the template.
     */
    public List<String> tableMatchesStore(TableSchema table, ModuleSources store) {
        List<String> problems = new ArrayList<>();
        Set<String> literals = store.stringLiterals();
        Set<String> expected = new LinkedHashSet<>();
        expected.add(table.hashKey());
        expected.add(table.rangeKey());
        table.indexes().forEach((name, keys) -> {
            expected.add(name);
            expected.add(keys.hashKey());
            expected.add(keys.rangeKey());
        });
        expected.add(table.ttlAttribute());
        expected.remove(null);
        for (String name : expected) {
            if (!literals.contains(name)) {
                problems.add("template table " + table.logicalId() + " uses attribute/index \"" + name
                        + "\" but " + store.dir().getFileName() + " never names it");
            }
        }
        for (String literal : literals) {
            if (literal.matches("GSI\\d+") && !table.indexes().containsKey(literal)) {
                problems.add("store code uses index " + literal + " which the template's table does not define");
            }
        }
        return problems;
    }
}
