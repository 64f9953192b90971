package org.redress.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.redress.app.demo.DemoProduction;

/** Runs the real `redress` command line in-process, capturing what it prints. */
public final class Cli {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Run(int code, String out, String err) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON document:\n" + out + "\nstderr:\n" + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {}

    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.execute(args);
            o.flush();
            e.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A case folder with the demo production ingested into it; returns the ingest run. */
    public static Run demoCase(Path caseDir, Path productionDir) throws IOException {
        Run init = run("init", "--case", caseDir.toString());
        if (init.code() != 0) throw new IllegalStateException("init failed: " + init);
        DemoProduction.write(productionDir);
        Run ingest = run("ingest", "--case", caseDir.toString(), "--json", productionDir.toString());
        if (ingest.code() != 0) throw new IllegalStateException("ingest failed: " + ingest);
        return ingest;
    }
}
