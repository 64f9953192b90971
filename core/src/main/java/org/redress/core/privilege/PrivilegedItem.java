package org.redress.core.privilege;

import java.util.Locale;
import java.util.Objects;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Sha256;

/**
 * What a privilege mark covers: a document of the corpus (by its id, the SHA-256 of its original) or the note of a
 * finding (the case model's one free note that links evidence to a claim, by the finding's id). Events and people
 * carry descriptions and notes too; they are not marked yet (issue 13 names documents and notes).
 */
public record PrivilegedItem(Target target, String id) {
    /** What kind of thing is marked. */
    public enum Target {
        DOCUMENT("document"),
        FINDING("finding");

        private final String code;

        Target(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Target fromCode(String code) {
            for (Target t : values()) if (t.code.equals(code)) return t;
            throw new IllegalArgumentException("not a privileged target: " + code);
        }
    }

    public PrivilegedItem {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(id, "id");
        id = id.strip().toLowerCase(Locale.ROOT);
        if (target == Target.DOCUMENT && !Sha256.isHex(id))
            throw new IllegalArgumentException("a document id is a SHA-256 hex digest");
        if (target == Target.FINDING && !id.matches("[1-9][0-9]{0,18}"))
            throw new UserMistake("a finding is named by its number");
    }

    public static PrivilegedItem document(String id) {
        return new PrivilegedItem(Target.DOCUMENT, id);
    }

    public static PrivilegedItem finding(long id) {
        return new PrivilegedItem(Target.FINDING, Long.toString(id));
    }

    /** The finding's number; only for a finding. */
    public long findingId() {
        if (target != Target.FINDING) throw new IllegalStateException("not a finding");
        return Long.parseLong(id);
    }
}
