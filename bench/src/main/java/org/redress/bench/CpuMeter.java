package org.redress.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where the machine's CPU went during a measurement: all cores (/proc/stat), this benchmark's JVM with its child
 * processes, every PostgreSQL process (a backend that ended is counted in its parent's children time), and the
 * OpenSearch node (its own process statistics); the rest is everything else on the machine (other people's builds).
 */
final class CpuMeter {
    /** Clock ticks per second of /proc (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /** CPU seconds spent while it ran, by whom, and the wall time. */
    record Cpu(double wall, double machine, double self, double postgres, double opensearch) {
        double others() {
            return Math.max(0, machine - self - postgres - opensearch);
        }

        /** Cores busy on average: "1.9 of 2 cores busy (this JVM 1.1, PostgreSQL 0.3, OpenSearch 0.2, other 0.3)". */
        String describe(int cores) {
            return String.format(
                    Locale.ROOT,
                    "%.1f of %d cores busy (benchmark JVM %.2f, PostgreSQL %.2f, OpenSearch %.2f, everything else %.2f)",
                    machine / wall,
                    cores,
                    self / wall,
                    postgres / wall,
                    opensearch / wall,
                    others() / wall);
        }
    }

    private final LongSupplier openSearchMillis;
    private long t0;
    private double machine0;
    private double self0;
    private double postgres0;
    private double opensearch0;

    /** @param openSearchMillis the OpenSearch process's CPU time so far, in ms (-1 when unknown) */
    CpuMeter(LongSupplier openSearchMillis) {
        this.openSearchMillis = openSearchMillis;
    }

    CpuMeter start() {
        t0 = System.nanoTime();
        machine0 = machineBusy();
        self0 = processTree(Path.of("/proc/self/stat"));
        postgres0 = postgres();
        opensearch0 = Math.max(0, openSearchMillis.getAsLong()) / 1000.0;
        return this;
    }

    Cpu stop() {
        double wall = (System.nanoTime() - t0) / 1e9;
        return new Cpu(
                wall,
                machineBusy() - machine0,
                processTree(Path.of("/proc/self/stat")) - self0,
                postgres() - postgres0,
                Math.max(0, openSearchMillis.getAsLong()) / 1000.0 - opensearch0);
    }

    /** Busy CPU seconds of all cores since boot: everything but idle and iowait. */
    static double machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 8); i++) total += Long.parseLong(f[i]); // user .. softirq, not steal
            return (total - Long.parseLong(f[4]) - Long.parseLong(f[5])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A process's own CPU seconds and those of its children that ended (utime, stime, cutime, cstime). */
    static double processTree(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0], so field n of proc(5) is f[n - 3]
            return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]))
                    / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile
        }
    }

    /** CPU seconds of every process named postgres (the postmaster holds its ended backends' time). */
    static double postgres() {
        double sum = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                try {
                    if (Files.readString(p.resolve("comm")).strip().equals("postgres"))
                        sum += processTree(p.resolve("stat"));
                } catch (IOException e) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }
}
