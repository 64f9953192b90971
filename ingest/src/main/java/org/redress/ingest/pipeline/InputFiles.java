package org.redress.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a production consists of, in a stable order, each with the path it is known by in
 * the case: relative to the folder given, so the same production ingested from another disk is
 * recognised as the same. Links are not followed: a production must not reach outside itself. A team server's
 * ingest queues these same files (and paths) for its workers.
 */
public final class InputFiles {
    public record InputFile(Path file, String displayPath) {}

    private InputFiles() {}

    public static List<InputFile> list(List<Path> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                Path base = absolute.getParent() == null ? absolute : absolute.getParent();
                try (Stream<Path> walk = Files.walk(absolute)) {
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .sorted()
                            .forEach(p -> files.add(new InputFile(
                                    p, base.relativize(p).toString().replace('\\', '/'))));
                }
            } else if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new InputFile(absolute, absolute.getFileName().toString()));
            }
        }
        return files;
    }
}
