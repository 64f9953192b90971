package org.redress.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.redress.app.cli.Main;

/**
 * The real {@code redress} command in a process of its own, as a person runs it: its own environment (the passphrase,
 * the memory folder), its own {@code java.io.tmpdir}, no terminal.
 */
final class RedressProcess {
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private final Path tmpDir;
    private final Map<String, String> environment;

    RedressProcess(Path tmpDir, Map<String, String> environment) {
        this.tmpDir = tmpDir;
        this.environment = environment;
    }

    RedressProcess with(Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.putAll(more);
        return new RedressProcess(tmpDir, env);
    }

    RedressProcess without(String variable) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.remove(variable);
        return new RedressProcess(tmpDir, env);
    }

    ProcessBuilder builder(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Djava.io.tmpdir=" + tmpDir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().remove("REDRESS_PASSPHRASE");
        b.environment().remove("REDRESS_CASE");
        b.environment().put("TMPDIR", tmpDir.toString());
        b.environment().putAll(environment);
        b.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return b;
    }

    Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("redress-test-out", ".txt");
        Path err = Files.createTempFile("redress-test-err", ".txt");
        try {
            Process p = builder(args)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("redress " + String.join(" ", args) + " did not finish");
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
