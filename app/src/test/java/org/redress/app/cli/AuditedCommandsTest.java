package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command that takes {@code --case} says what the audit log records of it, or why it records nothing: a new
 * command cannot read or change a case unrecorded by forgetting.
 */
class AuditedCommandsTest {
    @Test
    void everyCaseCommandIsAuditedOrSaysWhyNot() {
        List<String> unaccounted = new ArrayList<>();
        List<String> audited = new ArrayList<>();
        walk(Main.commandLine(), unaccounted, audited);
        assertThat(unaccounted).isEmpty();
        assertThat(audited).contains("redress search", "redress show", "redress requests export", "redress audit");
    }

    private static void walk(CommandLine cl, List<String> unaccounted, List<String> audited) {
        Object command = cl.getCommand();
        String name = cl.getCommandSpec().qualifiedName();
        if (cl.getCommandSpec().findOption("--case") != null) {
            if (command instanceof Audited) audited.add(name);
            else if (!command.getClass().isAnnotationPresent(Unaudited.class)) unaccounted.add(name);
        }
        cl.getSubcommands().values().forEach(sub -> walk(sub, unaccounted, audited));
    }
}
