package org.redress.app.web.viewer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rendered pages most recently asked for, in memory and within a budget of bytes: the least recently used go
 * first. Memory only, on purpose: an encrypted case must not leave plain pictures of its pages on disk.
 */
final class PageImageCache {
    private final long budget;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    PageImageCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    synchronized Optional<byte[]> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, byte[] png) {
        if (png.length > budget) return;
        byte[] old = entries.put(key, png);
        if (old != null) used -= old.length;
        used += png.length;
        Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            Map.Entry<String, byte[]> e = eldest.next();
            if (e.getKey().equals(key)) continue;
            used -= e.getValue().length;
            eldest.remove();
        }
    }

    synchronized long usedBytes() {
        return used;
    }

    synchronized int size() {
        return entries.size();
    }
}
