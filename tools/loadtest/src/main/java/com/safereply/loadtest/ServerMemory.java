package com.safereply.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The server process's resident memory and CPU time (from /proc) and JVM heap (from jcmd), when its pid is given. */
final class ServerMemory {

    private final long pid;

    ServerMemory(long pid) {
        this.pid = pid;
    }

    /** VmRSS and VmHWM (peak RSS) from /proc/<pid>/status, e.g. "RSS 312 MB (peak 330 MB)". */
    String rss() {
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kb(line);
                }
            }
            return String.format("RSS %d MB (peak %d MB)", rss / 1024, peak / 1024);
        } catch (IOException e) {
            return "RSS unavailable (" + e.getMessage() + ")";
        }
    }

    /** The heap line of {@code jcmd <pid> GC.heap_info}, which names used and committed heap. */
    String heap() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out.lines().filter(l -> l.contains("total") && l.contains("used")).findFirst()
                    .map(String::trim).orElse("heap unavailable");
        } catch (IOException e) {
            return "heap unavailable (no jcmd)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "heap unavailable";
        }
    }

    /**
     * CPU time the process has used so far (user + system, from /proc/<pid>/stat, 100 ticks/s as on Linux x86-64), or
     * -1. Per request, it says what the server costs independent of other load on the machine.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
