package org.redress.store.audit;

import org.redress.core.audit.AuditEntry;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.KeyUse;
import org.redress.store.crypto.SealedText;

/**
 * How the fields of an entry are written to the log: as they are in a plain case; sealed in an encrypted one (who,
 * from, action, target and detail, each bound to the entry's number and field, so none can be moved). The time stays
 * plain, for {@code --from} and {@code --to}. The chain's hashes cover what is written, so the chain and its seal are
 * checked on the sealed text, and a sealed field that fails to open is a damaged entry too.
 */
interface EntryCipher {
    EntryCipher PLAIN = new EntryCipher() {
        @Override
        public AuditEntry seal(long number, AuditEntry entry) {
            return entry;
        }

        @Override
        public AuditEntry open(long number, AuditEntry entry) {
            return entry;
        }
    };

    AuditEntry seal(long number, AuditEntry entry);

    /** The entry as recorded; a {@link org.redress.store.crypto.DamagedValueException} when a field fails. */
    AuditEntry open(long number, AuditEntry entry);

    static EntryCipher of(CaseKey key) {
        SealedText sealed = SealedText.of(key, KeyUse.FILES);
        return new EntryCipher() {
            @Override
            public AuditEntry seal(long number, AuditEntry e) {
                return eachField(number, e, sealed::seal);
            }

            @Override
            public AuditEntry open(long number, AuditEntry e) {
                return eachField(number, e, sealed::open);
            }
        };
    }

    /** What is done to one field: its label, the entry's number, the field's value. */
    interface Field {
        String apply(String label, String row, String value);
    }

    /** The entry with who, from, action, target and detail each passed through {@code f}; the time as it is. */
    private static AuditEntry eachField(long number, AuditEntry e, Field f) {
        String n = Long.toString(number);
        return new AuditEntry(
                e.at(),
                f.apply("audit.who", n, e.who()),
                f.apply("audit.from", n, e.from()),
                f.apply("audit.action", n, e.action()),
                f.apply("audit.target", n, e.target()),
                f.apply("audit.detail", n, e.detail()));
    }
}
