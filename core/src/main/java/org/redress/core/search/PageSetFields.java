package org.redress.core.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The page-set fields a case's search knows ({@link PageSetField}): filled by the composition root, read by the
 * index on every search. A field's name is matched as people type it (case, {@code -} or {@code _} ignored).
 */
public final class PageSetFields {
    private final List<PageSetField> fields = new CopyOnWriteArrayList<>();

    /** Adds a field; a second field of the same name replaces the first. */
    public void register(PageSetField field) {
        fields.removeIf(f -> key(f.name()).equals(key(field.name())));
        fields.add(field);
    }

    public Optional<PageSetField> find(String name) {
        if (name == null) return Optional.empty();
        String k = key(name);
        return fields.stream().filter(f -> key(f.name()).equals(k)).findFirst();
    }

    public List<PageSetField> all() {
        return List.copyOf(fields);
    }

    public List<String> names() {
        return fields.stream().map(PageSetField::name).toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
