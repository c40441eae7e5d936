package com.safereply.templatecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Maven modules under {@code functions/}, {@code libs/}, {@code testing/} and {@code tools/}, read from their {@code pom.xml}: artifact id, the project modules they
 * depend on, and the Quarkus Lambda extension they use. Lets a check follow code from a function module into the
 * library modules packaged in its {@code function.zip} (an environment variable read in {@code libs/store} is
 * read by every function that packages the store).
 */
public final class ProjectModules {

    /** A project module: directory relative to the root ({@code functions/x}, {@code libs/y}), artifact id, project dependencies. */
    public record Module(String dir, String artifactId, Set<String> projectDependencies, String pomText) {

        public boolean isHttpLambda() {
            return withoutExclusions().contains("<artifactId>quarkus-amazon-lambda-http</artifactId>");
        }

        public boolean isPlainLambda() {
            return withoutExclusions().contains("<artifactId>quarkus-amazon-lambda</artifactId>");
        }

        /** An extension named in {@code <exclusions>} is removed, not used (tools/local excludes the Lambda one). */
        private String withoutExclusions() {
            return pomText.replaceAll("(?s)<exclusions>.*?</exclusions>", "");
        }

        public boolean isLambda() {
            return isHttpLambda() || isPlainLambda();
        }
    }

    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>(?:com\\.safereply|\\$\\{project\\.groupId})</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    private final Path root;
    private final Map<String, Module> byDir = new LinkedHashMap<>();

    private ProjectModules(Path root) {
        this.root = root;
    }

    /** The folders that hold modules: deployable functions, libraries, test support, tools. */
    static final List<String> MODULE_FOLDERS = List.of("functions", "libs", "testing", "tools");

    public static ProjectModules scan(Path root) throws IOException {
        ProjectModules modules = new ProjectModules(root);
        for (String folder : MODULE_FOLDERS) {
            Path parent = root.resolve(folder);
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(parent)) {
                for (Path dir : dirs.sorted().toList()) {
                    Path pom = dir.resolve("pom.xml");
                    if (Files.isRegularFile(pom)) {
                        String text = Files.readString(pom);
                        String relative = folder + "/" + dir.getFileName();
                        modules.byDir.put(relative, new Module(relative, artifactId(text), dependencies(text), text));
                    }
                }
            }
        }
        return modules;
    }

    public Path root() {
        return root;
    }

    public List<Module> all() {
        return List.copyOf(byDir.values());
    }

    public boolean exists(String dir) {
        return byDir.containsKey(dir);
    }

    public Module get(String dir) {
        Module module = byDir.get(dir);
        if (module == null) {
            throw new IllegalArgumentException("no module " + dir);
        }
        return module;
    }

    /** The module itself and every project module it packages (compile/runtime scope), transitively. */
    public Set<Module> packagedWith(String dir) {
        Map<String, Module> byArtifact = new LinkedHashMap<>();
        byDir.values().forEach(m -> byArtifact.put(m.artifactId(), m));
        Set<Module> found = new LinkedHashSet<>();
        Deque<Module> todo = new ArrayDeque<>(List.of(get(dir)));
        while (!todo.isEmpty()) {
            Module next = todo.pop();
            if (found.add(next)) {
                next.projectDependencies().stream().map(byArtifact::get).filter(m -> m != null).forEach(todo::push);
            }
        }
        return found;
    }

    private static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
        return m.find() ? m.group(1).trim() : "";
    }

    private static Set<String> dependencies(String pom) {
        String dependencies = pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "");
        Set<String> found = new LinkedHashSet<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            String rest = m.group(2);
            if (!rest.contains("<scope>test</scope>") && !rest.contains("<scope>provided</scope>")) {
                found.add(m.group(1).trim());
            }
        }
        return found;
    }
}
