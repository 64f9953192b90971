package org.redress.app.wiring;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A case whose conversion by {@code redress encrypt} stopped half-way through putting the encrypted copy in place:
 * some of its parts are encrypted and some are not yet, so nothing may open it until the same command is run again
 * and finishes the swap (its journal says exactly what is left).
 */
final class CaseInterruption {
    /** The encrypted copy being made, beside the case's parts, inside the case folder. */
    static final String WORK = ".encrypting";
    /** Written (and forced to disk) once the copy is complete: from then on the swap is only ever finished. */
    static final String READY = "READY";

    private CaseInterruption() {}

    static boolean interrupted(Path root) {
        return Files.exists(root.resolve(WORK).resolve(READY));
    }

    static void refuseIfInterrupted(Path root) {
        if (interrupted(root))
            throw new CaseException("The encryption of this case was interrupted while it was being put in place;"
                    + " finish it with: redress encrypt --case " + root);
    }
}
