package org.redress.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseException;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.casemodel.ClaimTemplates;
import org.redress.application.casemodel.GapReport;
import org.redress.core.audit.AuditAction;
import org.redress.core.casemodel.CaseModel;
import org.redress.core.casemodel.Claim;
import org.redress.core.casemodel.ClaimElement;
import org.redress.core.casemodel.Finding;
import org.redress.core.casemodel.Weight;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description =
                "Legal claims as checklists of elements, the evidence linked to each, and what is still unproven.",
        subcommands = {
            ClaimsCommand.Templates.class,
            ClaimsCommand.Add.class,
            ClaimsCommand.ListClaims.class,
            ClaimsCommand.Link.class,
            ClaimsCommand.Gaps.class
        })
final class ClaimsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Built-ins, the case's own {@code claims/} files (sealed in an encrypted case; none when null), the folder. */
    static ClaimTemplates templates(org.redress.store.config.CaseConfigFiles config, Path claimsDir) {
        return ClaimTemplates.load(config == null ? Map.of() : config.folder("claims"), claimsDir);
    }

    @Unaudited("it lists legal templates, which hold nothing of the case's people or documents")
    @Command(
            name = "templates",
            mixinStandardHelpOptions = true,
            description = "The claim templates: built-in, the case's claims/ folder, --claims-dir.")
    static final class Templates implements Callable<Integer> {
        @Option(names = "--case", paramLabel = "DIR", description = "Also the templates in the case's claims/ folder.")
        Path caseDir;

        @Option(names = "--claims-dir", paramLabel = "DIR")
        Path claimsDir;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            var config = caseDir == null ? null : org.redress.app.wiring.CaseFolder.configOf(caseDir);
            List<Claim> all = templates(config, claimsDir).all();
            if (json) {
                System.out.println(Json.write(Map.of("templates", all)));
            } else {
                all.forEach(c -> System.out.println(
                        c.id() + "  " + c.title() + " (" + c.elements().size() + " elements)"));
            }
            return 0;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Adopt a claim from a template (its elements are copied into the case).")
    static final class Add implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(paramLabel = "TEMPLATE")
        String template;

        @Option(names = "--id", description = "The claim's id in the case (default: the template id).")
        String id;

        @Option(names = "--claims-dir", paramLabel = "DIR")
        Path claimsDir;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                Claim t = templates(c.folder().config(), claimsDir).get(template);
                Claim claim = new Claim(id == null ? t.id() : id, t.id(), t.title(), t.summary(), t.elements());
                c.caseModel().store().saveClaim(claim);
                System.out.println(
                        json
                                ? Json.write(claim)
                                : "Adopted claim " + claim.id() + ": " + claim.title() + " ("
                                        + claim.elements().size() + " elements: "
                                        + String.join(
                                                ", ",
                                                claim.elements().stream()
                                                        .map(ClaimElement::id)
                                                        .toList()) + ")");
                adopted = claim.id();
            }
            return 0;
        }

        private String adopted;

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.CLAIM_ADOPT, adopted, "template " + template);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The case's claims with their elements.")
    static final class ListClaims implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                List<Claim> claims = c.caseModel().store().claims();
                if (json) {
                    System.out.println(Json.write(Map.of("claims", claims)));
                } else {
                    for (Claim cl : claims) {
                        System.out.println(cl.id() + "  " + cl.title());
                        cl.elements()
                                .forEach(e -> System.out.println(
                                        "  " + e.id() + "  " + e.title() + "  [" + e.authority() + "]"));
                    }
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.CLAIMS_VIEW);
        }
    }

    @Command(
            name = "link",
            mixinStandardHelpOptions = true,
            description =
                    "Link an event, a citation or a mention (a hit's id) to an element of a claim, with a weight.")
    static final class Link implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Parameters(index = "0", paramLabel = "CLAIM")
        String claim;

        @Parameters(index = "1", paramLabel = "ELEMENT")
        String element;

        @Option(names = "--event", paramLabel = "ID")
        String event;

        @Option(names = "--citation", paramLabel = "ID")
        Long citation;

        @Option(
                names = "--mention",
                paramLabel = "HIT_ID",
                description = "A hit of the watch list (redress mentions), for the element of knowledge.")
        String mention;

        @Option(
                names = "--weight",
                defaultValue = "supports",
                description = "supports-strongly, supports, weakly or contradicts.")
        String weight;

        @Option(names = "--note", defaultValue = "")
        String note;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            int given = (event == null ? 0 : 1) + (citation == null ? 0 : 1) + (mention == null ? 0 : 1);
            if (given != 1)
                throw new CaseException("give exactly one of --event ID, --citation ID or --mention HIT_ID");
            try (CaseServices c = caseOption.open()) {
                CaseModel model = c.caseModel();
                Finding f = mention != null
                        ? c.mentions().cite(claim, element, mention, Weight.fromCode(weight), note)
                        : model.link(new Finding(0, claim, element, event, citation, Weight.fromCode(weight), note));
                String what = event != null
                        ? "event " + event
                        : citation != null ? "citation " + citation : "hit " + f.mentionId();
                System.out.println(
                        json
                                ? Json.write(f)
                                : "Linked " + what + " to "
                                        + claim + " / " + element + " ("
                                        + f.weight().words() + ").");
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(
                    AuditAction.FINDING_LINK,
                    claim + "/" + element,
                    (event != null ? "event " + event : citation != null ? "citation " + citation : "hit " + mention)
                            + " " + weight);
        }
    }

    @Command(
            name = "gaps",
            mixinStandardHelpOptions = true,
            description = "Per claim, each element with its evidence and those still unsupported.")
    static final class Gaps implements Callable<Integer>, Audited {
        @Mixin
        CaseOption caseOption;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CaseServices c = caseOption.open()) {
                GapReport.Report r = GapReport.of(c.caseModel().store());
                if (json) {
                    System.out.println(Json.write(r));
                    return 0;
                }
                for (GapReport.ClaimGaps cg : r.claims()) {
                    System.out.println(cg.title() + " (" + cg.claim() + ")");
                    for (GapReport.ElementStatus e : cg.elements()) {
                        System.out.println("  [" + (e.met() ? "x" : " ") + "] " + e.title() + " — " + e.status()
                                + (e.alternative() != null ? " (alternative: " + e.alternative() + ")" : ""));
                        e.evidence().forEach(ev -> System.out.println("        " + ev.weight() + ": " + ev.label()));
                    }
                    System.out.println("  " + cg.summary());
                }
                System.out.println(r.summary());
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return AuditNote.of(AuditAction.GAPS_VIEW);
        }
    }
}
