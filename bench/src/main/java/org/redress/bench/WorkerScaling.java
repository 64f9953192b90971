package org.redress.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the worker runs say beyond their table: the speed-up with threads, where the CPU went per file, what this
 * machine's cores limit, and what the CPU seconds per file predict for workers on other machines (a prediction from
 * measured costs, said to be one).
 */
final class WorkerScaling {
    private WorkerScaling() {}

    /** CPU seconds per file of a run: the worker side (this JVM) and the shared services (PostgreSQL, OpenSearch). */
    record PerFile(double worker, double postgres, double opensearch) {
        static PerFile of(WorkerRuns.Row r) {
            return new PerFile(
                    r.cpu().self() / r.files(),
                    r.cpu().postgres() / r.files(),
                    r.cpu().opensearch() / r.files());
        }

        double services() {
            return postgres + opensearch;
        }
    }

    /**
     * Files per second a set-up would read if CPU were the only limit: {@code machines} worker machines of
     * {@code coresEach} cores, and the database and search cluster on {@code serviceCores} cores of their own.
     */
    static double predicted(PerFile cost, int machines, int coresEach, int serviceCores) {
        double workers = machines * coresEach / cost.worker();
        double services = cost.services() > 0 ? serviceCores / cost.services() : Double.POSITIVE_INFINITY;
        return Math.min(workers, services);
    }

    static String analysis(List<WorkerRuns.Row> rows, int cores) {
        List<WorkerRuns.Row> server = rows.stream()
                .filter(r -> r.mode().equals("server"))
                .sorted(Comparator.comparingInt(WorkerRuns.Row::threads))
                .toList();
        if (server.isEmpty()) return "";
        StringBuilder md = new StringBuilder("What the figures say:\n\n");
        WorkerRuns.Row first = server.get(0);
        for (WorkerRuns.Row r : server.subList(1, server.size()))
            md.append(String.format(
                    Locale.ROOT,
                    "- %d worker threads read %.2fx as fast as %d (%.1f against %.1f files/s).%n",
                    r.threads(),
                    r.filesPerSecond() / first.filesPerSecond(),
                    first.threads(),
                    r.filesPerSecond(),
                    first.filesPerSecond()));
        for (WorkerRuns.Row r : server)
            embeddedAt(rows, r.threads())
                    .ifPresent(e -> md.append(String.format(
                            Locale.ROOT,
                            "- at %d threads the server reads at %.0f %% of the embedded ingest's rate (%.1f against"
                                    + " %.1f files/s)%n",
                            r.threads(),
                            100 * r.filesPerSecond() / e.filesPerSecond(),
                            r.filesPerSecond(),
                            e.filesPerSecond())));
        WorkerRuns.Row busiest = server.get(server.size() - 1);
        PerFile cost = PerFile.of(busiest);
        md.append(String.format(
                Locale.ROOT,
                "- CPU per file at %d threads: worker %.0f ms, PostgreSQL %.0f ms, OpenSearch %.0f ms; the cores were"
                        + " %.0f %% busy (%.1f of %d, of which %.2f by other people's work).%n",
                busiest.threads(),
                1000 * cost.worker(),
                1000 * cost.postgres(),
                1000 * cost.opensearch(),
                100 * busiest.cpu().machine() / busiest.cpu().wall() / cores,
                busiest.cpu().machine() / busiest.cpu().wall(),
                cores,
                busiest.cpu().others() / busiest.cpu().wall()));
        md.append(String.format(
                Locale.ROOT,
                "%n**What %d cores limit.** Workers, PostgreSQL, OpenSearch and everyone else's builds share the same"
                        + " %d cores, so once the worker has as many busy threads as there are free cores, more threads"
                        + " only wait for a core: the %d-thread figure measures this machine, not the design.%n%n",
                cores,
                cores,
                busiest.threads()));
        md.append(String.format(
                Locale.ROOT,
                "**Prediction for more machines (from the CPU per file above; not measured on several machines).** If"
                        + " only CPU limited, each worker machine of %d cores would read about %.1f files/s, and"
                        + " PostgreSQL with OpenSearch on %d cores of their own would keep up with about %.1f files/s, so"
                        + " %s; for example 2 worker machines %.1f, 4 machines %.1f, 8 machines %.1f files/s. Beyond that"
                        + " the search cluster or the database needs more nodes or cores (OpenSearch takes %.0f %% of"
                        + " the services' share here). Disk and network to the shared blob store are not in this"
                        + " estimate.%n",
                cores,
                predicted(cost, 1, cores, Integer.MAX_VALUE / 2),
                cores,
                cost.services() > 0 ? cores / cost.services() : Double.POSITIVE_INFINITY,
                breakEven(cost),
                predicted(cost, 2, cores, cores),
                predicted(cost, 4, cores, cores),
                predicted(cost, 8, cores, cores),
                cost.services() > 0 ? 100 * cost.opensearch() / cost.services() : 0));
        return md.toString();
    }

    private static String breakEven(PerFile cost) {
        if (cost.services() <= 0) return "the services would not be the limit";
        double machines = cost.worker() / cost.services();
        if (machines < 1)
            return "one worker machine already sends more than the services can take: more workers help only once"
                    + " PostgreSQL and OpenSearch get more cores";
        return String.format(
                Locale.ROOT,
                "adding worker machines helps until about %.1f of them, when the services' own cores are full",
                machines);
    }

    private static Optional<WorkerRuns.Row> embeddedAt(List<WorkerRuns.Row> rows, int threads) {
        return rows.stream()
                .filter(r -> r.mode().equals("embedded") && r.threads() == threads)
                .findFirst();
    }
}
