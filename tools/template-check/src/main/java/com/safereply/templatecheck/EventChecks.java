package com.safereply.templatecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a sample event against the function the naming convention gives it: the function exists, an HTTP event
 * names a route the template sends to that function, a review event carries the JWT claims the authorizer would add,
 * a stream record has the table's keys and stream view, a scheduled event looks like EventBridge's.
 */
public final class EventChecks {

    private final SamTemplate template;
    private final TableSchema table;

    public EventChecks(SamTemplate template, TableSchema table) {
        this.template = template;
        this.table = table;
    }

    public List<String> check(String fileName, JsonNode event) {
        Optional<EventConvention.Target> target = EventConvention.targetOf(fileName);
        if (target.isEmpty()) {
            return List.of(fileName + ": name fits no function (prefixes " + EventConvention.prefixes().keySet()
                    + ", see EventConvention and infra/README.md)");
        }
        Optional<SamFunction> function = template.function(target.get().functionId());
        if (function.isEmpty()) {
            return List.of(fileName + ": meant for " + target.get().functionId() + ", which the template lacks");
        }
        return switch (target.get().kind()) {
            case HTTP_API -> http(fileName, event, function.get());
            case DYNAMODB_STREAM -> stream(fileName, event);
            case SCHEDULE -> schedule(fileName, event);
        };
    }

    private List<String> http(String fileName, JsonNode event, SamFunction function) {
        List<String> problems = new ArrayList<>();
        if (!"2.0".equals(event.path("version").asText())) {
            problems.add(fileName + ": an HTTP API event must be payload version \"2.0\"");
        }
        String routeKey = event.path("routeKey").asText("");
        String method = event.path("requestContext").path("http").path("method").asText("");
        String rawPath = event.path("rawPath").asText("");
        Optional<HttpRoute> byKey = function.routes().stream().filter(r -> r.routeKey().equals(routeKey)).findFirst();
        Optional<HttpRoute> byRequest = function.routes().stream()
                .filter(r -> r.matchesRequest(method, rawPath)).findFirst();
        if (!routeKey.isEmpty() && !"$default".equals(routeKey) && byKey.isEmpty()) {
            problems.add(fileName + ": routeKey \"" + routeKey + "\" is not a route of " + function.logicalId());
        }
        if (method.isEmpty() || rawPath.isEmpty()) {
            problems.add(fileName + ": requestContext.http.method and rawPath are needed to route the event");
        } else if (byRequest.isEmpty()) {
            problems.add(fileName + ": " + method + " " + rawPath + " matches no route of " + function.logicalId());
        } else if (byKey.isPresent() && !byKey.get().equals(byRequest.get())) {
            problems.add(fileName + ": routeKey \"" + routeKey + "\" disagrees with " + method + " " + rawPath);
        }
        HttpRoute route = byKey.or(() -> byRequest).orElse(null);
        if (route != null && !route.isPublic() && !EventConvention.isDeliberatelyUnauthenticated(fileName)) {
            JsonNode claims = event.path("requestContext").path("authorizer").path("jwt").path("claims");
            if (!claims.isObject() || !claims.has("sub")) {
                problems.add(fileName + ": " + route.routeKey() + " is behind the JWT authorizer: the event needs"
                        + " requestContext.authorizer.jwt.claims with at least \"sub\" (or name it *-no-claims-*)");
            }
        }
        return problems;
    }

    private List<String> stream(String fileName, JsonNode event) {
        List<String> problems = new ArrayList<>();
        JsonNode records = event.path("Records");
        if (!records.isArray() || records.isEmpty()) {
            return List.of(fileName + ": a DynamoDB stream event needs a non-empty Records array");
        }
        for (JsonNode record : records) {
            String where = fileName + " record " + record.path("eventID").asText("?");
            if (!"aws:dynamodb".equals(record.path("eventSource").asText())) {
                problems.add(where + ": eventSource must be aws:dynamodb");
            }
            JsonNode keys = record.path("dynamodb").path("Keys");
            if (!keys.has(table.hashKey()) || !keys.has(table.rangeKey())) {
                problems.add(where + ": Keys must be the table's " + table.hashKey() + "/" + table.rangeKey());
            }
            String view = record.path("dynamodb").path("StreamViewType").asText("");
            if (!view.isEmpty() && !view.equals(table.streamViewType())) {
                problems.add(where + ": StreamViewType " + view + " but the table streams " + table.streamViewType());
            }
            String name = record.path("eventName").asText("");
            if (!"REMOVE".equals(name) && !record.path("dynamodb").has("NewImage")) {
                problems.add(where + ": " + name + " record without NewImage (the table streams new and old images)");
            }
        }
        return problems;
    }

    private static List<String> schedule(String fileName, JsonNode event) {
        List<String> problems = new ArrayList<>();
        if (!"aws.events".equals(event.path("source").asText())) {
            problems.add(fileName + ": a scheduled event has source aws.events");
        }
        if (!"Scheduled Event".equals(event.path("detail-type").asText())) {
            problems.add(fileName + ": a scheduled event has detail-type \"Scheduled Event\"");
        }
        if (event.path("time").asText("").isEmpty()) {
            problems.add(fileName + ": a scheduled event has a time (the escalation clock reads it or now)");
        }
        return problems;
    }
}
