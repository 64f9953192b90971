package org.redress.app.cli.keys;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redress key}: the passphrase and the recovery shares of an encrypted case. */
@Command(
        name = "key",
        mixinStandardHelpOptions = true,
        description = "Change the passphrase of an encrypted case, split its key into recovery shares, or recover it.",
        subcommands = {ChangeCommand.class, RecoveryCommand.class, RecoverCommand.class})
public final class KeyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
