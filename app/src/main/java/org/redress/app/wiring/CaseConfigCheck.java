package org.redress.app.wiring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.analysis.deadline.LawLibrary;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.marks.Lexicon;
import org.redress.analysis.names.Diminutives;
import org.redress.application.casemodel.CaseImport;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.core.UserMistake;
import org.redress.store.config.CaseConfigFiles;

/**
 * Whether a new text of a configuration file would work, checked by the very parsers the case reads it with, before
 * {@code redress config edit} or {@code import} saves it: a case whose kinds or laws do not parse would not open.
 */
public final class CaseConfigCheck {
    private CaseConfigCheck() {}

    /** Throws a {@link UserMistake} saying what is wrong with {@code text} as the case's file {@code name}. */
    public static void check(CaseConfigFiles config, String name, String text) {
        CaseConfigFiles.requireName(name);
        try {
            switch (name) {
                case "kinds.txt" -> CaseImport.kinds(text, name);
                case "diminutives.txt" -> Diminutives.builtIn().with(text, name);
                case "lexicon.txt" -> Lexicon.builtIn().with(text, name);
                case "organisations.txt" -> OrganisationTable.parse(text, name);
                default -> checkFolderFile(config, name, text);
            }
        } catch (UserMistake e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserMistake(name + ": " + e.getMessage());
        }
    }

    private static void checkFolderFile(CaseConfigFiles config, String name, String text) {
        if (name.startsWith("claims/")) ClaimTemplates.load(Map.of(name, text));
        else if (name.startsWith("laws/") || name.startsWith("calendars/")) {
            Map<String, String> laws = new LinkedHashMap<>(config.folder("laws"));
            Map<String, String> calendars = new LinkedHashMap<>(config.folder("calendars"));
            (name.startsWith("laws/") ? laws : calendars).put(name, text);
            try {
                LawLibrary.load(laws, calendars); // with the case's others: a law must name a known calendar
            } catch (IllegalStateException e) {
                throw new UserMistake(e.getMessage());
            }
        }
        // letters/: any text is a template
    }
}
