package com.safereply.templatecheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only view of a parsed SAM template: resources by type, functions with globals applied, routes, the table. */
public final class SamTemplate {

    private final Map<String, Object> root;

    public SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate load(Path file) throws IOException {
        return new SamTemplate(SamYaml.load(file));
    }

    public Map<String, Object> root() {
        return root;
    }

    public Map<String, Object> resources() {
        return Maps.map(root.get("Resources"));
    }

    public Map<String, Object> parameters() {
        return Maps.map(root.get("Parameters"));
    }

    public Map<String, Object> conditions() {
        return Maps.map(root.get("Conditions"));
    }

    public Map<String, Object> outputs() {
        return Maps.map(root.get("Outputs"));
    }

    public Map<String, Object> globalFunctionSettings() {
        return Maps.map(Maps.at(root, "Globals", "Function").orElse(null));
    }

    /** Properties of every resource of a type, by logical id, in template order. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(Maps.map(resource).get("Type"))) {
                found.put(id, Maps.map(Maps.map(resource).get("Properties")));
            }
        });
        return found;
    }

    public Optional<String> resourceType(String logicalId) {
        return Maps.string(resources(), logicalId, "Type");
    }

    public List<SamFunction> functions() {
        List<SamFunction> functions = new ArrayList<>();
        Map<String, Object> globals = globalFunctionSettings();
        resourcesOfType("AWS::Serverless::Function").forEach((id, own) -> {
            Map<String, Object> merged = new LinkedHashMap<>(globals);
            merged.putAll(own);
            Map<String, Object> environment = new LinkedHashMap<>(
                    Maps.map(Maps.at(globals, "Environment", "Variables").orElse(null)));
            environment.putAll(Maps.map(Maps.at(own, "Environment", "Variables").orElse(null)));
            List<HttpRoute> routes = new ArrayList<>();
            Map<String, Map<String, Object>> others = new LinkedHashMap<>();
            Maps.map(own.get("Events")).forEach((name, event) -> {
                Map<String, Object> e = Maps.map(event);
                if ("HttpApi".equals(e.get("Type"))) {
                    routes.add(route(id, Maps.map(e.get("Properties"))));
                } else {
                    others.put(name, e);
                }
            });
            functions.add(new SamFunction(id, merged, environment, routes, others));
        });
        return functions;
    }

    public Optional<SamFunction> function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    public List<HttpRoute> routes() {
        return functions().stream().flatMap(f -> f.routes().stream()).toList();
    }

    /** The table the functions get as {@code TABLE_NAME}, read from its CloudFormation definition. */
    public TableSchema table(String logicalId) {
        Map<String, Object> table = resourcesOfType("AWS::DynamoDB::Table").get(logicalId);
        if (table == null) {
            throw new IllegalArgumentException("no AWS::DynamoDB::Table named " + logicalId);
        }
        Map<String, TableSchema.IndexKeys> indexes = new LinkedHashMap<>();
        for (Object gsi : Maps.list(table.get("GlobalSecondaryIndexes"))) {
            indexes.put(Maps.string(gsi, "IndexName").orElse(""), new TableSchema.IndexKeys(
                    key(Maps.at(gsi, "KeySchema").orElse(null), "HASH"),
                    key(Maps.at(gsi, "KeySchema").orElse(null), "RANGE"),
                    Maps.string(gsi, "Projection", "ProjectionType").orElse("")));
        }
        return new TableSchema(logicalId, key(table.get("KeySchema"), "HASH"), key(table.get("KeySchema"), "RANGE"),
                indexes,
                Maps.string(table, "TimeToLiveSpecification", "AttributeName").orElse(null),
                Maps.string(table, "StreamSpecification", "StreamViewType").orElse(null));
    }

    private static String key(Object keySchema, String keyType) {
        return Maps.list(keySchema).stream()
                .filter(k -> keyType.equals(Maps.map(k).get("KeyType")))
                .map(k -> String.valueOf(Maps.map(k).get("AttributeName")))
                .findFirst().orElse(null);
    }

    /** A route, its authorizer resolved: the event's own, else the API's default, else none. */
    private HttpRoute route(String functionId, Map<String, Object> props) {
        String authorizer = Maps.string(props, "Auth", "Authorizer")
                .or(() -> Maps.ref(props.get("ApiId"))
                        .flatMap(api -> Maps.string(resources(), api, "Properties", "Auth", "DefaultAuthorizer")))
                .orElse(HttpRoute.NO_AUTHORIZER);
        return new HttpRoute(functionId,
                Maps.string(props, "Method").orElse("ANY").toUpperCase(java.util.Locale.ROOT),
                Maps.string(props, "Path").orElse("/"),
                authorizer);
    }
}
