package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where an encrypted case's work files go while they exist (the children a reader unpacks, OCR page images, the
 * readers' own temporary files, Tika's and Tesseract's included): a folder of its own, readable by its owner only,
 * on a memory-backed file system ({@code /dev/shm}, or {@code REDRESS_RAM_DIR}), removed when the case is closed.
 * Nothing of the case then reaches a disk in plain text, except through swap (encrypt swap too, see SECURITY.md).
 */
final class RamWorkFolder implements AutoCloseable {
    static final String ENVIRONMENT_VARIABLE = "REDRESS_RAM_DIR";
    private static final Set<String> MEMORY_FILE_SYSTEMS = Set.of("tmpfs", "ramfs");

    private final Path folder;

    private RamWorkFolder(Path folder) {
        this.folder = folder;
    }

    static RamWorkFolder create() throws IOException {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        Path parent = Path.of(configured == null || configured.isBlank() ? "/dev/shm" : configured.strip());
        if (!Files.isDirectory(parent) || !inMemory(parent))
            throw new CaseException("An encrypted case keeps its work files in memory, and " + parent
                    + " is not a memory-backed folder (tmpfs): set " + ENVIRONMENT_VARIABLE + " to one");
        Path made = Files.createTempDirectory(
                parent, "redress-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        RamWorkFolder work = new RamWorkFolder(made);
        Runtime.getRuntime().addShutdownHook(new Thread(work::close, "remove-work-folder")); // also on Ctrl-C
        return work;
    }

    private static boolean inMemory(Path parent) throws IOException {
        FileStore store = Files.getFileStore(parent);
        return MEMORY_FILE_SYSTEMS.contains(store.type());
    }

    Path path() {
        return folder;
    }

    /** The readers' {@code java.io.tmpdir}. */
    Path temporary() throws IOException {
        return Files.createDirectories(folder.resolve("tmp"));
    }

    @Override
    public void close() {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a reader still writing as the command ends; the folder is in memory and goes with the next reboot
        }
    }
}
