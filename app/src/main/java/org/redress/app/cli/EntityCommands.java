package org.redress.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redress.app.json.EntityJson;
import org.redress.app.json.Json;
import org.redress.app.wiring.CaseServices;
import org.redress.application.audit.AuditNote;
import org.redress.application.entities.EntityService;
import org.redress.core.Count;
import org.redress.core.audit.AuditAction;
import org.redress.core.entities.Entity;
import org.redress.core.entities.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code redress entities list | rename | merge | hide}: the team's view of the entities and its decisions on them. */
final class EntityCommands {
    private EntityCommands() {}

    /** Options every entity command shares. */
    static final class Common {
        @Mixin
        CaseOption caseOption;

        @Option(
                names = "--type",
                paramLabel = "TYPE",
                description = "person, organisation or place (also: the type of the entity a name stands for).")
        String type;

        @Option(names = "--json", description = "Print one JSON document.")
        boolean json;

        EntityType type() {
            return type == null ? null : EntityType.fromCode(type);
        }
    }

    private static String line(Entity e) {
        String forms = e.forms().size() > 1
                ? "  also written: "
                        + e.forms().stream().filter(f -> !f.equals(e.name())).collect(Collectors.joining("; "))
                : "";
        return String.format(
                "%6d  %-12s %s%s  (%s, %s)%s",
                e.id(),
                e.type().code(),
                e.name(),
                e.hidden() ? " [hidden]" : "",
                Count.of(e.pages(), "page", "pages"),
                Count.of(e.documents(), "document", "documents"),
                forms);
    }

    /** Opens the case, makes one decision on entities, prints the entity it leaves; returns that entity. */
    private static Entity decide(Common common, String done, Function<EntityService, Entity> decision)
            throws java.io.IOException {
        try (CaseServices c = common.caseOption.open()) {
            Entity e = decision.apply(c.entities());
            if (common.json) System.out.println(Json.write(EntityJson.entity(e)));
            else System.out.println(done + "\n" + line(e));
            return e;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "The entities found so far, by name, with their forms and how many pages name them.")
    static final class ListCommand implements Callable<Integer>, Audited {
        @Mixin
        Common common;

        @Option(names = "--hidden", description = "Hidden entities too.")
        boolean hidden;

        @Override
        public Integer call() throws Exception {
            EntityType type = common.type();
            try (CaseServices c = common.caseOption.open()) {
                List<Entity> entities = c.entities().list(type, hidden);
                if (common.json) {
                    System.out.println(Json.write(EntityJson.list(entities)));
                } else if (entities.isEmpty()) {
                    System.out.println("No entities yet. Find them with: redress entities --case DIR");
                } else {
                    entities.forEach(e -> System.out.println(line(e)));
                }
            }
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ENTITIES_VIEW, "", common.type == null ? "" : "type " + common.type);
        }
    }

    @Command(
            name = "rename",
            mixinStandardHelpOptions = true,
            description = {
                "Give an entity the name it should have. Where the records write the new name, it lands on this",
                "entity too, now and when pages are read again."
            })
    static final class Rename implements Callable<Integer>, Audited {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "ENTITY", description = "Its id or its name.")
        String entity;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        private long id;

        @Override
        public Integer call() throws Exception {
            id = decide(common, "Renamed.", entities -> entities.rename(entity, common.type(), newName))
                    .id();
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ENTITY_CHANGE, Long.toString(id), "rename");
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = {
                "Make entities one: B (and C …) become part of A, which keeps its name and type. The records'",
                "writings of B land on A from now on, also when pages are read again."
            })
    static final class Merge implements Callable<Integer>, Audited {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "A", description = "The entity that stays (id or name).")
        String into;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "B", description = "The entities merged into it.")
        List<String> others;

        private String target = "";

        @Override
        public Integer call() throws Exception {
            decide(common, "Merged.", entities -> {
                String ids = others.stream()
                        .map(o -> Long.toString(entities.find(o, common.type()).id()))
                        .collect(Collectors.joining(" "));
                Entity e = entities.merge(into, others, common.type());
                target = e.id() + " <- " + ids;
                return e;
            });
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ENTITY_CHANGE, target, "merge");
        }
    }

    @Command(
            name = "hide",
            mixinStandardHelpOptions = true,
            description = {
                "Hide an entity from lists, facets and page marks (a wrong or useless one); --undo shows it again.",
                "Its occurrences are kept, and it stays hidden when pages are read again."
            })
    static final class Hide implements Callable<Integer>, Audited {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "ENTITY", description = "Its id or its name.")
        String entity;

        @Option(names = "--undo", description = "Show it again.")
        boolean undo;

        private long id;

        @Override
        public Integer call() throws Exception {
            id = decide(
                            common,
                            undo ? "Shown again." : "Hidden.",
                            entities -> entities.hide(entity, common.type(), !undo))
                    .id();
            return 0;
        }

        @Override
        public AuditNote audit() {
            return new AuditNote(AuditAction.ENTITY_CHANGE, Long.toString(id), undo ? "show" : "hide");
        }
    }
}
