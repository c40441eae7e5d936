package com.safereply.templatecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a module's production sources ({@code src/main}) tell about its deployment: environment variables read,
 * {@code @Named} Lambda handlers, JAX-RS routes, string literals. Source scanning on purpose: the check must run
 * before (and without) the function modules being compiled, and must not start Quarkus.
 */
public final class ModuleSources {

    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\\s*\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*\\)");
    /** {@code ${NAME}} or {@code ${NAME:default}} where NAME looks like an environment variable (upper case). */
    private static final Pattern PROPERTY_ENV = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?::[^}]*)?}");
    /** In a file that reads the environment: {@code env.get(NAME)}, {@code getenv(NAME)}, {@code getOrDefault(NAME, ..)}. */
    private static final Pattern ENV_LOOKUP = Pattern.compile("(?:getenv|\\.get|\\.getOrDefault)\\(\\s*(\"[A-Z][A-Z0-9_]*\"|[A-Z][A-Z0-9_]*)\\s*[,)]");
    private static final Pattern STRING_CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern NAMED = Pattern.compile("@Named\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** A route key written as API Gateway writes it, e.g. {@code "POST /webhooks/meta"}: a plain handler's route table. */
    private static final Pattern ROUTE_KEY = Pattern.compile("\"((?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /[A-Za-z0-9_.~{}+/-]*)\"");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\\b");
    /** A block of annotations followed by a method declaration (name and opening parenthesis). */
    private static final Pattern ANNOTATED_METHOD = Pattern.compile(
            "((?:@[\\w.]+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s+)+)(?:public\\s+|protected\\s+|private\\s+)?(?:static\\s+)?"
                    + "[\\w<>\\[\\],.? ]+?\\s+\\w+\\s*\\(");
    /** Build-profile guarded beans (e.g. a dev-only admin or login resource) are not deployed routes. */
    private static final Pattern PROFILE_GUARD = Pattern.compile("@(IfBuildProfile|UnlessBuildProfile|IfBuildProperty|UnlessBuildProperty)\\b");

    private final Path moduleDir;
    private final Map<Path, String> javaSources = new LinkedHashMap<>();
    private final List<String> staticFiles = new ArrayList<>();
    private final List<String> propertyLines = new ArrayList<>();

    private ModuleSources(Path moduleDir) {
        this.moduleDir = moduleDir;
    }

    public static ModuleSources read(Path moduleDir) {
        ModuleSources sources = new ModuleSources(moduleDir);
        Path main = moduleDir.resolve("src/main");
        if (!Files.isDirectory(main)) {
            return sources;
        }
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    sources.javaSources.put(file, Files.readString(file));
                } else if (name.equals("application.properties")) {
                    sources.propertyLines.addAll(Files.readAllLines(file));
                }
                Path staticRoot = main.resolve(STATIC_ROOT);
                if (file.startsWith(staticRoot)) {
                    sources.staticFiles.add("/" + staticRoot.relativize(file).toString().replace('\\', '/'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    public Path dir() {
        return moduleDir;
    }

    /** Where Quarkus serves static files from (its HTTP layer, also inside the Lambda HTTP extension). */
    static final String STATIC_ROOT = "resources/META-INF/resources";

    /** The request paths of the static files the module serves, e.g. {@code /app/index.html}. */
    public List<String> staticFiles() {
        return List.copyOf(staticFiles);
    }

    /**
     * Environment variables the deployed code can read: {@code System.getenv("X")} in Java, and {@code ${X}} /
     * {@code ${X:default}} in {@code application.properties} outside {@code %dev}/{@code %test}/other non-prod profiles
     * (those lines never run in Lambda). A default does not exempt a variable: {@code ${META_APP_SECRET:}} is still
     * meant to be set.
     */
    public Set<String> environmentVariablesRead() {
        Set<String> found = new LinkedHashSet<>();
        javaSources.values().forEach(source -> {
            String code = stripComments(source);
            collect(GETENV, code, found);
            if (code.contains("System.getenv")) {
                found.addAll(lookupsThroughConstants(code));
            }
        });
        for (String line : propertyLines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("!") || isNonProdProfile(trimmed)) {
                continue;
            }
            collect(PROPERTY_ENV, trimmed, found);
        }
        return found;
    }

    /**
     * Variables read through a map of the environment or a constant ({@code env.get(TABLE_NAME)} with
     * {@code static final String TABLE_NAME = "TABLE_NAME"}), in a file that calls {@code System.getenv}.
     */
    private static Set<String> lookupsThroughConstants(String code) {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher c = STRING_CONSTANT.matcher(code);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher lookup = ENV_LOOKUP.matcher(code);
        while (lookup.find()) {
            String argument = lookup.group(1);
            if (argument.startsWith("\"")) {
                found.add(argument.substring(1, argument.length() - 1));
            } else if (constants.containsKey(argument)) {
                found.add(constants.get(argument));
            }
        }
        return found;
    }

    /**
     * Names given with {@code @Named("...")} to classes that implement Lambda's {@code RequestHandler} or
     * {@code RequestStreamHandler} (the webhook reads its event as JSON itself).
     */
    public Set<String> namedRequestHandlers() {
        Set<String> found = new LinkedHashSet<>();
        javaSources.values().forEach(source -> {
            String code = stripComments(source);
            if (code.matches("(?s).*implements\\s+[^{]*\\bRequest(Stream)?Handler\\b.*")) {
                collect(NAMED, code, found);
            }
        });
        return found;
    }

    /** {@code METHOD /path} of every JAX-RS resource method, class and method {@code @Path} joined. */
    public Set<String> jaxRsRouteKeys() {
        Set<String> found = new LinkedHashSet<>();
        String rootPath = join(property("quarkus.http.root-path").orElse(""), property("quarkus.rest.path").orElse(""));
        for (String source : javaSources.values()) {
            String code = stripComments(source);
            if (!code.contains("@Path") || PROFILE_GUARD.matcher(code).find()) {
                continue;
            }
            int classAt = indexOfTypeDeclaration(code);
            if (classAt < 0) {
                continue;
            }
            Matcher classPath = PATH.matcher(code.substring(0, classAt));
            String base = "";
            while (classPath.find()) {
                base = classPath.group(1);
            }
            Matcher method = ANNOTATED_METHOD.matcher(code);
            method.region(classAt, code.length());
            while (method.find()) {
                String annotations = method.group(1);
                Matcher verb = HTTP_METHOD.matcher(annotations);
                if (!verb.find()) {
                    continue;
                }
                Matcher sub = PATH.matcher(annotations);
                String path = join(rootPath.equals("/") ? "" : rootPath, base, sub.find() ? sub.group(1) : "");
                found.add(verb.group(1) + " " + path);
            }
        }
        return found;
    }

    /**
     * The route keys a plain Lambda handler routes itself (no JAX-RS), found as string literals in API Gateway's own
     * format, {@code "METHOD /path"}: the webhook's route table is written that way.
     */
    public Set<String> routeKeyLiterals() {
        Set<String> found = new LinkedHashSet<>();
        javaSources.values().forEach(source -> collect(ROUTE_KEY, stripComments(source), found));
        return found;
    }

    /** Every string literal in the production Java sources (to find attribute and index names). */
    public Set<String> stringLiterals() {
        Set<String> found = new LinkedHashSet<>();
        javaSources.values().forEach(source -> collect(STRING_LITERAL, stripComments(source), found));
        return found;
    }

    public String allJava() {
        return String.join("\n", javaSources.values());
    }

    public java.util.Optional<String> property(String key) {
        for (String line : propertyLines) {
            String trimmed = line.strip();
            int eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.substring(0, eq).strip().equals(key)) {
                return java.util.Optional.of(trimmed.substring(eq + 1).strip());
            }
        }
        return java.util.Optional.empty();
    }

    public boolean hasSources() {
        return !javaSources.isEmpty() || !propertyLines.isEmpty();
    }

    private static boolean isNonProdProfile(String line) {
        return line.startsWith("%") && !line.startsWith("%prod.");
    }

    private static int indexOfTypeDeclaration(String code) {
        Matcher m = Pattern.compile("\\b(class|record|interface)\\s+\\w+").matcher(code);
        return m.find() ? m.start() : -1;
    }

    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                path.append('/').append(part);
            }
        }
        String joined = path.toString().replaceAll("/+", "/");
        // JAX-RS allows {name: regex}; API Gateway writes {name}.
        joined = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.isEmpty() ? "/" : joined;
    }

    /** Comments out, so a commented-out getenv or annotation does not count; string contents are kept. */
    static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
