package org.redress.ingest.extract;

/** Checks on names found inside containers, which come from whoever made the container. */
final class MemberNames {
    private MemberNames() {}

    /** Why a member name is hostile (it climbs out of its folder or is absolute), or null if it is fine. */
    static String escapeReason(String name) {
        String n = name.replace('\\', '/');
        boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:/.*");
        boolean climbs = n.equals("..") || n.startsWith("../") || n.contains("/../") || n.endsWith("/..");
        if (absolute || climbs) {
            return "archive member name points outside the archive (\"" + name + "\"); not extracted, "
                    + "as such names are used to overwrite files";
        }
        return null;
    }
}
