package com.safereply.templatecheck;

import java.util.regex.Pattern;

/**
 * One HTTP API route of a function, with the authorizer that applies to it after defaults ({@code NONE} when public).
 */
public record HttpRoute(String functionId, String method, String path, String authorizer) {

    public static final String NO_AUTHORIZER = "NONE";

    public String routeKey() {
        return method + " " + path;
    }

    public boolean isPublic() {
        return NO_AUTHORIZER.equals(authorizer);
    }

    /** Whether a concrete request path (e.g. {@code /drafts/d-1}) is served by this route's path template. */
    public boolean matchesRequest(String requestMethod, String requestPath) {
        if (!method.equalsIgnoreCase(requestMethod) && !"ANY".equals(method)) {
            return false;
        }
        String regex = Pattern.quote(path).replaceAll("\\{[^}/]+\\+}", "\\\\E.+\\\\Q").replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        return Pattern.matches(regex, requestPath);
    }

    /** The path with parameter names blanked, to compare with paths written elsewhere with other names. */
    public static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
