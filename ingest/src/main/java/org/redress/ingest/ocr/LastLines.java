package org.redress.ingest.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines a child process writes to one of its streams, read on a thread of its own so the
 * process never blocks on a full pipe. Bounded in count and length: a hostile file can make a
 * process print without end, and only the end says why it stopped. Java stack frames ("at …")
 * are left out: the exception lines around them say what happened in far less room.
 */
public final class LastLines {
    private final int maxLines;
    private final int maxLineChars;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread pump;

    public LastLines(InputStream stream, int maxLines, int maxLineChars, String threadName) {
        this.maxLines = maxLines;
        this.maxLineChars = maxLineChars;
        this.pump = new Thread(() -> read(stream), threadName);
        pump.setDaemon(true);
        pump.start();
    }

    private void read(InputStream stream) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') {
                    keep(line);
                    line.setLength(0);
                } else if (line.length() < maxLineChars) {
                    line.append((char) c);
                }
            }
            keep(line);
        } catch (IOException ignored) {
            // the process is gone; what was read is kept
        }
    }

    private synchronized void keep(CharSequence line) {
        String text = line.toString().strip();
        if (text.isEmpty() || text.startsWith("at ")) return;
        lines.addLast(text);
        if (lines.size() > maxLines) lines.removeFirst();
    }

    /** Forgets what was read so far: the next lines belong to the next piece of work. */
    public synchronized void clear() {
        lines.clear();
    }

    /** The lines kept, once the stream has ended (the process exited), {@code millis} have passed or the wait is interrupted. */
    public List<String> awaitEnd(long millis) {
        try {
            pump.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return List.copyOf(lines);
        }
    }
}
