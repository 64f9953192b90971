package org.redress.store.sqlite;

import java.nio.file.Path;
import org.redress.core.port.PrivilegeStore;
import org.redress.store.PrivilegeStoreContract;

class SqlitePrivilegeStoreTest extends PrivilegeStoreContract {
    @Override
    protected PrivilegeStore open(Path dir) {
        return SqlitePrivilegeStore.open(dir.resolve("case.db"));
    }
}
