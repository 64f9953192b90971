package org.redress.app.cli.keys;

import java.nio.file.Path;

/** Words the key commands share. */
final class KeyMessages {
    private KeyMessages() {}

    /** The case folder's own name, as a person calls the case. */
    static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /** What stays true after a destruction, said wherever shares are made or the case destroyed. */
    static final String SHARES_OUTLIVE_DESTROY = "Recovery shares given out still hold the case's key: whoever gathers"
            + " enough of them, with a copy of the case, can read it; ask their holders to destroy them too.";
}
