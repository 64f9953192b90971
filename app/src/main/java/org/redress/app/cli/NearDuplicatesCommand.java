package org.redress.app.cli;

import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.reuse.NearDuplicateService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "near-duplicates",
        aliases = {"near_duplicates", "nearduplicates"},
        mixinStandardHelpOptions = true,
        description = {
            "Documents whose text is mostly the same (the same email produced by two agencies, a record re-released",
            "with other redactions), version by version in the order received, with the FOIA exemption marks",
            "((b)(6), (b)(7)(C), ...) each version added or removed."
        })
final class NearDuplicatesCommand implements Callable<Integer>, Audited {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--json", description = "Print one JSON document: {\"groups\": [...]}.")
    boolean json;

    private int groups;

    @Override
    public Integer call() throws Exception {
        try (CaseServices c = caseOption.open()) {
            NearDuplicateService.Listing listing = c.nearDuplicates().groups();
            groups = listing.groups().size();
            if (json) {
                System.out.println(Json.write(listing));
                return 0;
            }
            int n = 0;
            for (NearDuplicateService.Group g : listing.groups()) {
                System.out.printf("group %d:%n", ++n);
                for (NearDuplicateService.Version v : g.documents())
                    System.out.printf(
                            "  %s  %s (%s), %.2f alike, marks %s%n",
                            v.documentId().substring(0, 12), v.path(), v.source(), v.resemblance(), v.marks());
                for (NearDuplicateService.Change ch : g.changes())
                    if (!ch.added().isEmpty() || !ch.removed().isEmpty())
                        System.out.printf(
                                "  %s → %s: added %s, removed %s%n",
                                ch.fromDocumentId().substring(0, 12),
                                ch.toDocumentId().substring(0, 12),
                                ch.added(),
                                ch.removed());
            }
            System.out.println(Count.of(groups, "group", "groups") + " of near-duplicates.");
        }
        return 0;
    }

    @Override
    public AuditNote audit() {
        return new AuditNote(AuditAction.NEAR_DUPLICATES_VIEW, "", Count.of(groups, "group", "groups"));
    }
}
