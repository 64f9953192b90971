package org.redress.ingest.pipeline;

import java.nio.file.Path;
import java.util.List;

/** Runs an ingest in its own JVM so a test can kill it with kill -9 part-way. Args: caseDir inputDir. */
public final class CrashIngestMain {
    private CrashIngestMain() {}

    public static void main(String[] args) throws Exception {
        try (TestCase c = new TestCase(Path.of(args[0]))) {
            new Ingest(c.store, c.blobs, c.index, TestCase.inProcess(), c.options(), new IngestListener() {
                        @Override
                        public void fileFinished(String path, long pagesSoFar, long filesDone) {
                            System.out.println("finished " + filesDone);
                            System.out.flush();
                        }
                    })
                    .run(List.of(Path.of(args[1])), "production", TestCase.RECEIVED);
            System.out.println("complete");
        }
    }
}
