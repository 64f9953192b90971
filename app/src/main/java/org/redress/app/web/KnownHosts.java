package org.redress.app.web;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names this server answers to. A request naming any other {@code Host} is refused (421): a page on
 * another site that rebinds its own name to 127.0.0.1 (DNS rebinding) would otherwise read the whole case,
 * and its forms would pass an Origin check made against the Host it chose.
 */
public final class KnownHosts {
    static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "[::1]");
    private final Set<String> names;

    KnownHosts(List<String> more) {
        Set<String> all = new LinkedHashSet<>(LOOPBACK);
        for (String m : more) {
            String n = name(m);
            if (!n.isEmpty() && !n.equals("0.0.0.0") && !n.equals("[::]")) all.add(n);
        }
        this.names = Set.copyOf(all);
    }

    public static boolean isLoopback(String host) {
        String n = name(host);
        return LOOPBACK.contains(n) || n.startsWith("127.") || n.equals("::1");
    }

    Set<String> names() {
        return names;
    }

    /** The before-filter. */
    void filter(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !names.contains(name(host))) {
            throw new Misdirected("This server answers only to "
                    + String.join(", ", names.stream().sorted().toList())
                    + "; the request named another host and was refused.");
        }
    }

    /** "Localhost:7070" → "localhost", "[::1]:7070" → "[::1]"; a bare IPv6 address gets its brackets. */
    static String name(String hostAndPort) {
        String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        if (h.chars().filter(c -> c == ':').count() > 1) return "[" + h + "]";
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** A request for a host this server is not: 421 Misdirected Request. */
    static final class Misdirected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Misdirected(String message) {
            super(message);
        }
    }
}
