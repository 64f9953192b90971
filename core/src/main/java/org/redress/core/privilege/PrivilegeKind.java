package org.redress.core.privilege;

import java.util.Locale;
import org.redress.core.UserMistake;

/** The two privileges a case team claims over its own material. */
public enum PrivilegeKind {
    /** Communications between the clients and their lawyers. */
    ATTORNEY_CLIENT("attorney-client"),
    /** What the lawyers prepared for the litigation. */
    WORK_PRODUCT("work-product");

    private final String code;

    PrivilegeKind(String code) {
        this.code = code;
    }

    /** As written on the command line, stored and shown: {@code attorney-client}, {@code work-product}. */
    public String code() {
        return code;
    }

    /** A typed kind, case ignored, words joined by a hyphen, an underscore or a space ({@code Attorney_Client}). */
    public static PrivilegeKind fromCode(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s\\p{Z}]+", "-");
        for (PrivilegeKind k : values()) if (k.code.equals(key)) return k;
        throw new UserMistake("a privilege is attorney-client or work-product");
    }
}
