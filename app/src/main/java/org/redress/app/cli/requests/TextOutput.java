package org.redress.app.cli.requests;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated file (calendar, CSV) to --output, or to standard output when none is given. */
final class TextOutput {
    private TextOutput() {}

    static void write(Path output, String text) throws IOException {
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } else {
            PrintStream out = System.out;
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
