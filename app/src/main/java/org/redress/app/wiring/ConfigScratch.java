package org.redress.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where {@code redress config edit} puts the plain copy an editor works on: for an encrypted case a private folder
 * in memory ({@link RamWorkFolder}), so the plain text never reaches a disk; for a plain case its {@code work/}
 * folder. Removed when closed.
 */
public final class ConfigScratch implements AutoCloseable {
    private final RamWorkFolder ram;
    private final Path folder;

    private ConfigScratch(RamWorkFolder ram, Path folder) {
        this.ram = ram;
        this.folder = folder;
    }

    public static ConfigScratch forCase(Path root, boolean encrypted) throws IOException {
        if (encrypted) {
            RamWorkFolder ram = RamWorkFolder.create();
            return new ConfigScratch(ram, ram.path());
        }
        Path work = Files.createDirectories(root.resolve("work"));
        return new ConfigScratch(
                null,
                Files.createTempDirectory(
                        work,
                        "config-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
    }

    /** A file in the scratch folder named like the configuration file, so an editor colours it right. */
    public Path file(String name) {
        return folder.resolve(name.replace('/', '-'));
    }

    @Override
    public void close() throws IOException {
        if (ram != null) {
            ram.close();
            return;
        }
        CaseEncryption.deleteTree(folder);
    }
}
