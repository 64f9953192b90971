package org.redress.analysis.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Level;

/**
 * Who an address is: the case's person whose known addresses (aliases that are addresses) include it, else whose
 * name or alias is the display name on the mail; the organisation and level of that person, else of the domain.
 */
public final class Directory {
    private final Map<String, CasePerson> byAddress = new HashMap<>();
    private final Map<String, CasePerson> byName = new HashMap<>();
    private final OrganisationTable domains;
    private final Map<String, Node> cache = new HashMap<>();

    public Directory(List<CasePerson> people, OrganisationTable domains) {
        this.domains = domains;
        for (CasePerson p : people) {
            for (String a : p.addresses()) byAddress.putIfAbsent(a, p);
            byName.putIfAbsent(key(p.name()), p);
            for (String alias : p.aliases()) byName.putIfAbsent(key(alias), p);
        }
    }

    /** The address as a node: its person, organisation and level where known. */
    public Node node(Address a) {
        Node known = cache.get(a.address());
        if (known != null && (known.person() != null || a.name() == null)) return known;
        CasePerson p = byAddress.get(a.address());
        if (p == null && a.name() != null) p = byName.get(key(a.name()));
        if (p == null && a.name() != null) p = byName.get(key(reordered(a.name())));
        OrganisationTable.Entry e = domains.lookup(a.domain());
        String org = p != null && p.organisation() != null ? p.organisation() : e == null ? null : e.organisation();
        Level level = p != null && p.level() != null ? p.level() : e == null ? null : e.level();
        String name = p != null ? p.name() : a.name();
        Node n = new Node(
                a.address(), a.address(), name, p == null ? null : p.name(), org, level == null ? null : level.code());
        cache.put(a.address(), n);
        return n;
    }

    /** The person an address belongs to, if any. */
    public CasePerson personOf(Address a) {
        CasePerson p = byAddress.get(a.address());
        if (p == null && a.name() != null) p = byName.get(key(a.name()));
        return p;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** "Ruiz, Ana" read as "Ana Ruiz". */
    private static String reordered(String name) {
        int comma = name.indexOf(',');
        return comma < 0
                ? name
                : name.substring(comma + 1).strip() + " "
                        + name.substring(0, comma).strip();
    }
}
