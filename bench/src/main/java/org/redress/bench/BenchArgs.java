package org.redress.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The benchmarks' command lines: `--name value` pairs, each name from a known set. */
final class BenchArgs {
    private final Map<String, String> values = new HashMap<>();

    BenchArgs(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            if (!known.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "unknown argument or missing value: " + args[i] + " (known: " + known + ")");
            }
            values.put(args[i], args[++i]);
        }
    }

    Path path(String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A comma-separated list of positive whole numbers ({@code 1,2,4}), in the order given. */
    List<Integer> integers(String name, List<Integer> fallback) {
        if (!values.containsKey(name)) return fallback;
        List<Integer> out = new ArrayList<>();
        for (String part : values.get(name).split(",", -1)) {
            int n = Integer.parseInt(part.strip());
            if (n < 1) throw new IllegalArgumentException(name + " takes numbers of at least 1: " + values.get(name));
            out.add(n);
        }
        return List.copyOf(out);
    }
}
