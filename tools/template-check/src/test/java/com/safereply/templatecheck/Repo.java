package com.safereply.templatecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository under test: its root (from the build, or found upwards), template and modules. */
final class Repo {

    static final Path ROOT = findRoot();
    static final SamTemplate TEMPLATE = load();
    static final String TABLE_ID = "DraftsTable";

    private Repo() {
    }

    static ProjectModules modules() {
        try {
            return ProjectModules.scan(ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        String configured = System.getProperty("safereply.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("template.yaml")) && Files.isDirectory(p.resolve("functions"))) {
                return p;
            }
        }
        throw new IllegalStateException("no template.yaml found above " + start);
    }

    private static SamTemplate load() {
        try {
            return SamTemplate.load(ROOT.resolve("template.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
