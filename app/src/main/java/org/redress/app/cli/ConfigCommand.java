package org.redress.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.app.wiring.CaseConfigCheck;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseFolder;
import org.redress.app.wiring.ConfigScratch;
import org.redress.application.audit.AuditNote;
import org.redress.core.audit.AuditAction;
import org.redress.store.config.CaseConfigFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code redress config}: the case's own configuration files, which an encrypted case keeps sealed, so that they are
 * read, edited and replaced here rather than with a text editor in the case folder.
 */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "The case's own configuration files: kinds.txt, diminutives.txt, organisations.txt, lexicon.txt and",
            "claims/NAME.json, laws/NAME.json, calendars/NAME.json, letters/LAW.txt. An encrypted case keeps them",
            "sealed (they name the case's people and organisations): list, show, edit, import and export them here."
        },
        subcommands = {
            ConfigCommand.ListFiles.class,
            ConfigCommand.Show.class,
            ConfigCommand.Edit.class,
            ConfigCommand.Import.class,
            ConfigCommand.Export.class
        })
final class ConfigCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The configuration files the case has.")
    static final class ListFiles implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Override
        public Integer call() throws IOException {
            CaseConfigFiles config = CaseFolder.configOf(caseOption.folder());
            for (String name : config.names()) System.out.println(name);
            if (config.names().isEmpty()) System.out.println("No configuration files: the built-ins are used.");
            System.out.println(
                    config.sealed() ? "(sealed: this case is encrypted)" : "(plain: this case is not encrypted)");
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.CONFIG_VIEW);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one configuration file (plain).")
    static final class Show implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "NAME", description = "kinds.txt, claims/NAME.json, …")
        String name;

        @Override
        public Integer call() throws IOException {
            System.out.print(existing(CaseFolder.configOf(caseOption.folder()), name));
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.CONFIG_VIEW, name);
        }
    }

    @Command(
            name = "edit",
            mixinStandardHelpOptions = true,
            description = {
                "Opens a configuration file in an editor (--editor, else $VISUAL, else $EDITOR, else vi) on a plain",
                "copy kept in memory for an encrypted case, checks it parses, and saves it (sealed when encrypted).",
                "A file the case does not have yet starts empty."
            })
    static final class Edit implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--editor", paramLabel = "COMMAND", description = "The editor to run, given the file.")
        String editor;

        private boolean changed;

        @Override
        public Integer call() throws IOException, InterruptedException {
            CaseConfigFiles.requireName(name);
            Path root = caseOption.folder();
            CaseConfigFiles config = CaseFolder.configOf(root);
            String before = config.read(name).orElse("");
            try (ConfigScratch scratch = ConfigScratch.forCase(root, config.sealed())) {
                Path copy = scratch.file(name);
                Files.writeString(copy, before, StandardCharsets.UTF_8);
                while (true) {
                    runEditor(copy);
                    String after = Files.readString(copy, StandardCharsets.UTF_8);
                    if (after.equals(before)) {
                        System.out.println(name + " is unchanged.");
                        return 0;
                    }
                    try {
                        CaseConfigCheck.check(config, name, after);
                    } catch (org.redress.core.UserMistake e) {
                        System.err.println("Not saved: " + e.getMessage());
                        if (System.console() != null
                                && !"n"
                                        .equalsIgnoreCase(System.console()
                                                .readLine("Edit it again? [Y/n] ")
                                                .strip())) continue;
                        return ExitCodes.USER_MISTAKE;
                    }
                    config.write(name, after);
                    changed = true;
                    System.out.println("Saved " + name + (config.sealed() ? " (sealed)." : "."));
                    return 0;
                }
            }
        }

        private void runEditor(Path file) throws IOException, InterruptedException {
            String command = editor;
            if (command == null || command.isBlank()) command = System.getenv("VISUAL");
            if (command == null || command.isBlank()) command = System.getenv("EDITOR");
            if (command == null || command.isBlank()) command = "vi";
            // Through the shell, so that an editor given with its options ("code --wait") runs as typed.
            int exit = new ProcessBuilder("sh", "-c", command + " \"$1\"", "redress-config", file.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) throw new CaseException("the editor stopped with exit code " + exit + "; nothing was saved");
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(changed ? AuditAction.CONFIG_CHANGE : AuditAction.CONFIG_VIEW, name);
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Replaces a configuration file with the text of a plain UTF-8 FILE, checked first.")
    static final class Import implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            CaseConfigFiles.requireName(name);
            CaseConfigFiles config = CaseFolder.configOf(caseOption.folder());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CaseConfigCheck.check(config, name, text);
            config.write(name, text);
            System.out.println("Imported " + name + (config.sealed() ? " (sealed)" : "")
                    + (config.sealed() ? "; " + file + " is still plain: delete it if it should not stay." : "."));
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.CONFIG_CHANGE, name, "import");
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Writes a PLAIN copy of a configuration file to FILE (it names the case's people: keep it safe).")
    static final class Export implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            String text = existing(CaseFolder.configOf(caseOption.folder()), name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.out.println("Wrote a plain, unencrypted copy of " + name + " to " + file + ".");
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.CONFIG_EXPORT, name, "plain copy to " + file.getFileName());
        }
    }

    private static String existing(CaseConfigFiles config, String name) {
        return config.read(name)
                .orElseThrow(() -> new CaseException("This case has no " + name + " (config list shows what it has)"));
    }
}
