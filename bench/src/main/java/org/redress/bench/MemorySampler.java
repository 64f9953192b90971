package org.redress.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples, every {@code periodMs}: used heap of this JVM, old generation after the last
 * collection (the live set, which is what must stay flat), this process's RSS, and the RSS
 * of its child processes (the isolated readers and the Tesseracts they start).
 */
final class MemorySampler implements AutoCloseable {
    record Sample(double seconds, long usedHeap, long oldAfterGc, long rssKb, long childrenRssKb, long maxChildRssKb) {}

    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private final long start = System.nanoTime();
    private volatile boolean running = true;

    MemorySampler(long periodMs) {
        List<com.sun.management.GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(b -> b instanceof com.sun.management.GarbageCollectorMXBean)
                .map(b -> (com.sun.management.GarbageCollectorMXBean) b)
                .toList();
        thread = new Thread(
                () -> {
                    while (running) {
                        Runtime rt = Runtime.getRuntime();
                        long used = rt.totalMemory() - rt.freeMemory();
                        long oldLive = heapAfterLastGc(gcs);
                        long children = 0;
                        long maxChild = 0;
                        for (ProcessHandle h :
                                ProcessHandle.current().descendants().toList()) {
                            long kb = Machine.statusKb(h.pid(), "VmRSS");
                            if (kb > 0) {
                                children += kb;
                                maxChild = Math.max(maxChild, kb);
                            }
                        }
                        synchronized (samples) {
                            samples.add(new Sample(
                                    (System.nanoTime() - start) / 1e9,
                                    used,
                                    oldLive,
                                    Machine.statusKb(Machine.selfPid(), "VmRSS"),
                                    children,
                                    maxChild));
                        }
                        try {
                            Thread.sleep(periodMs);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Heap in use right after the most recent collection (young or old): the live set plus survivors. */
    private static long heapAfterLastGc(List<com.sun.management.GarbageCollectorMXBean> gcs) {
        com.sun.management.GcInfo last = null;
        for (var gc : gcs) {
            var info = gc.getLastGcInfo();
            if (info != null && (last == null || info.getEndTime() > last.getEndTime())) last = info;
        }
        if (last == null) return -1;
        long sum = 0;
        for (var e : last.getMemoryUsageAfterGc().entrySet()) {
            if (!e.getKey().contains("Metaspace")
                    && !e.getKey().contains("Code")
                    && !e.getKey().contains("Compressed")) sum += e.getValue().getUsed();
        }
        return sum;
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    long max(java.util.function.ToLongFunction<Sample> f) {
        return samples().stream().mapToLong(f).max().orElse(-1);
    }

    void writeCsv(Path file) throws java.io.IOException {
        StringBuilder out = new StringBuilder(
                "seconds,used_heap_mb,heap_after_last_gc_mb,rss_mb,children_rss_mb,max_child_rss_mb\n");
        for (Sample s : samples()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%.2f,%.1f,%.1f,%.1f,%.1f,%.1f%n",
                    s.seconds(),
                    s.usedHeap() / 1048576.0,
                    s.oldAfterGc() / 1048576.0,
                    s.rssKb() / 1024.0,
                    s.childrenRssKb() / 1024.0,
                    s.maxChildRssKb() / 1024.0));
        }
        Files.writeString(file, out);
    }

    /** Used heap and old-gen-after-GC at each tenth of the run: flat means no growth with the corpus. */
    String flatnessTable() {
        List<Sample> s = samples();
        StringBuilder out = new StringBuilder(
                "| point of run | t (s) | used heap | heap after last GC | main RSS | readers' RSS (sum) |\n|---|---|---|---|---|---|\n");
        if (s.isEmpty()) return out.toString();
        for (int tenth = 1; tenth <= 10; tenth++) {
            int from = (tenth - 1) * s.size() / 10;
            int to = Math.max(from + 1, tenth * s.size() / 10);
            long heap = 0, old = -1, rss = 0, kids = 0;
            for (int i = from; i < to && i < s.size(); i++) {
                heap = Math.max(heap, s.get(i).usedHeap());
                old = Math.max(old, s.get(i).oldAfterGc());
                rss = Math.max(rss, s.get(i).rssKb());
                kids = Math.max(kids, s.get(i).childrenRssKb());
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %d0%% | %.0f | %s | %s | %d MB | %d MB |%n",
                    tenth,
                    s.get(Math.min(to, s.size()) - 1).seconds(),
                    Machine.mb(heap),
                    old < 0 ? "n/a" : Machine.mb(old),
                    rss / 1024,
                    kids / 1024));
        }
        return out.toString();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
