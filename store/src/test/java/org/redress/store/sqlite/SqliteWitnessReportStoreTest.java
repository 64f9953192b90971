package org.redress.store.sqlite;

import java.nio.file.Path;
import org.redress.core.port.WitnessReportStore;
import org.redress.store.WitnessReportStoreContract;

class SqliteWitnessReportStoreTest extends WitnessReportStoreContract {
    @Override
    protected WitnessReportStore open(Path dir) {
        return SqliteWitnessReportStore.open(dir.resolve("case.db"));
    }
}
