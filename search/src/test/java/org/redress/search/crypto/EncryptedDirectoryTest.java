package org.redress.search.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypting directory under a real index: thousands of documents, merges, compound files, and an attacker. */
class EncryptedDirectoryTest {
    static final String CANARY = "quetzalcanary";
    static final int DOCS = 3000;

    @TempDir
    Path dir;

    private final byte[] key = randomKey();

    private static byte[] randomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    private Directory encrypted(Path path, byte[] withKey) throws IOException {
        return new EncryptedDirectory(FSDirectory.open(path), withKey);
    }

    /** Many small segments (so merges run), compound files (so slices are read), doc values and stored text. */
    private static void index(Directory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setMaxBufferedDocs(100);
        config.setUseCompoundFile(true);
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(1.0);
        config.setMergePolicy(merges);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "doc-" + i, Field.Store.YES));
                String text = "page " + i + " of the production; agent wrote about the meeting"
                        + (i % 7 == 0 ? " where " + CANARY + " Villalobos spoke" : "");
                doc.add(new TextField("text", text, Field.Store.YES));
                doc.add(new NumericDocValuesField("page", i));
                doc.add(new SortedDocValuesField("sortId", new BytesRef(String.format("%05d", DOCS - i))));
                doc.add(new StoredField("note", "stored note " + i));
                writer.addDocument(doc);
                if (i == DOCS / 2) writer.commit();
                if (deleted(i - 1)) writer.deleteDocuments(new Term("id", "doc-" + (i - 1)));
            }
            writer.commit();
            writer.forceMerge(1);
        }
    }

    /** doc-0, doc-500, … are deleted once the next one is added, so merges have deletions to drop. */
    private static boolean deleted(int doc) {
        return doc >= 0 && doc % 500 == 0;
    }

    private static long expectedCanaryHits() {
        return java.util.stream.IntStream.range(0, DOCS)
                .filter(i -> i % 7 == 0 && !deleted(i))
                .count();
    }

    private static long canaryHits(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return searcher.count(new TermQuery(new Term("text", CANARY)));
        }
    }

    private static List<Path> indexFiles(Path path) throws IOException {
        try (var files = Files.list(path)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> filesContaining(Path path, String text) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path file : indexFiles(path)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (bytes.contains(text)) found.add(file);
        }
        return found;
    }

    @Test
    void indexesMergesAndSearchesThroughTheEncryption() throws IOException {
        Path path = dir.resolve("index");
        try (Directory directory = encrypted(path, key)) {
            index(directory);
        }
        try (Directory directory = encrypted(path, key);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(1); // merged
            assertThat(reader.numDocs()).isEqualTo(DOCS - DOCS / 500);
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(new TermQuery(new Term("text", CANARY)))).isEqualTo(expectedCanaryHits());
            PhraseQuery phrase = new PhraseQuery("text", CANARY, "villalobos", "spoke");
            assertThat(searcher.count(phrase)).isEqualTo(expectedCanaryHits());
            TopDocs sorted = searcher.search(
                    new TermQuery(new Term("text", "meeting")),
                    3,
                    new Sort(new SortField("sortId", SortField.Type.STRING)));
            assertThat(searcher.storedFields().document(sorted.scoreDocs[0].doc).get("id"))
                    .isEqualTo("doc-" + (DOCS - 1));
            TopDocs byPage = searcher.search(
                    new TermQuery(new Term("id", "doc-2999")), 1, new Sort(new SortField("page", SortField.Type.LONG)));
            assertThat(searcher.storedFields().document(byPage.scoreDocs[0].doc).get("note"))
                    .isEqualTo("stored note 2999");
        }
        try (Directory directory = encrypted(path, key);
                CheckIndex check = new CheckIndex(directory)) {
            check.setDoSlowChecks(true);
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    @Test
    void noPlaintextReachesTheIndexFiles() throws IOException {
        // The same documents in a plain index show the scan finds what is there.
        Path plain = dir.resolve("plain");
        try (Directory directory = FSDirectory.open(plain)) {
            index(directory);
        }
        assertThat(filesContaining(plain, CANARY)).isNotEmpty();
        assertThat(filesContaining(plain, "Lucene90")).isNotEmpty();

        Path path = dir.resolve("index");
        try (Directory directory = encrypted(path, key)) {
            index(directory);
            assertThat(canaryHits(directory)).isPositive();
        }
        assertThat(indexFiles(path)).isNotEmpty();
        for (String text : List.of(CANARY, "Villalobos", "stored note", "production", "doc-1", "Lucene90"))
            assertThat(filesContaining(path, text)).as(text).isEmpty();
    }

    @Test
    void anotherKeyReadsNothing() throws IOException {
        Path path = dir.resolve("index");
        try (Directory directory = encrypted(path, key)) {
            index(directory);
        }
        try (Directory other = encrypted(path, randomKey())) {
            assertThatThrownBy(() -> DirectoryReader.open(other)).isInstanceOf(CorruptIndexException.class);
        }
    }

    @Test
    void aFlippedBitInAnyFileFailsWhereItIsRead() throws IOException {
        Path path = dir.resolve("index");
        try (Directory directory = encrypted(path, key)) {
            index(directory);
        }
        List<Path> files = indexFiles(path);
        assertThat(files).hasSizeGreaterThanOrEqualTo(3); // segments_N, .si, .cfs, .cfe
        for (Path file : files) {
            byte[] pristine = Files.readAllBytes(file);
            for (long at : List.of(0L, 10L, (long) pristine.length / 2, (long) pristine.length - 1)) {
                flipBit(file, at);
                try (Directory directory = encrypted(path, key)) {
                    assertThatThrownBy(() ->
                                    readWhole(directory, file.getFileName().toString()))
                            .as("%s with a bit flipped at %d", file.getFileName(), at)
                            .isInstanceOf(CorruptIndexException.class)
                            .hasMessageContaining("integrity check");
                }
                Files.write(file, pristine);
            }
        }
        try (Directory directory = encrypted(path, key)) {
            assertThat(canaryHits(directory)).isPositive();
        }
    }

    @Test
    void aFlippedBitInTheMiddleOfTheCompoundFileStopsTheSearch() throws IOException {
        Path path = dir.resolve("index");
        try (Directory directory = encrypted(path, key)) {
            index(directory);
        }
        Path cfs;
        try (var files = Files.list(path)) {
            cfs = files.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
        }
        // A flip in the middle of the postings or stored fields: Lucene checks its own checksums only on open of
        // small files, at merges and in CheckIndex, so without authenticated encryption it would read other bytes.
        flipBit(cfs, Files.size(cfs) / 2);
        try (Directory directory = encrypted(path, key)) {
            assertThatThrownBy(() -> {
                        try (DirectoryReader reader = DirectoryReader.open(directory)) {
                            IndexSearcher searcher = new IndexSearcher(reader);
                            for (int i = 0; i < DOCS; i += 1)
                                searcher.storedFields().document(i % reader.maxDoc());
                            searcher.count(new TermQuery(new Term("text", "meeting")));
                            try (CheckIndex check = new CheckIndex(directory)) {
                                if (!check.checkIndex().clean) throw new CorruptIndexException("not clean", "check");
                            }
                        }
                    })
                    .isInstanceOf(CorruptIndexException.class);
        }
    }

    @Test
    void aCutOffFileIsDetected() throws IOException {
        Path path = dir.resolve("index");
        byte[] content = new byte[3 * EncryptedDirectory.SEGMENT_BYTES];
        new SecureRandom().nextBytes(content);
        try (Directory directory = encrypted(path, key);
                IndexOutput out = directory.createOutput("blob", IOContext.DEFAULT)) {
            out.writeBytes(content, content.length);
        }
        Path file = path.resolve("blob");
        byte[] pristine = Files.readAllBytes(file);
        // the last segment gone exactly, the last byte gone, all but part of the header gone
        for (long keep : List.of((long) 3 * EncryptedDirectory.SEGMENT_BYTES, (long) pristine.length - 1, 20L)) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(keep);
            }
            try (Directory directory = encrypted(path, key)) {
                assertThatThrownBy(() -> readWhole(directory, "blob"))
                        .as("cut to %d bytes", keep)
                        .isInstanceOf(CorruptIndexException.class);
            }
            Files.write(file, pristine);
        }
        try (Directory directory = encrypted(path, key)) {
            assertThat(readWhole(directory, "blob")).isEqualTo(content);
        }
    }

    @Test
    void theLengthOfEveryPlaintextSizeIsComputedFromTheCiphertextAlone() throws Exception {
        AesGcmHkdfStreaming cipher =
                new AesGcmHkdfStreaming(key, "HmacSha256", 32, EncryptedDirectory.SEGMENT_BYTES, 0);
        SegmentLayout layout = SegmentLayout.of(cipher);
        for (long n = 0; n < 5 * EncryptedDirectory.SEGMENT_BYTES; n++)
            assertThat(layout.plaintextLength(cipher.expectedCiphertextSize(n), "f"))
                    .isEqualTo(n);
        for (long n : List.of(1L << 20, (1L << 32) + 17, 5_000_000_000L))
            assertThat(layout.plaintextLength(cipher.expectedCiphertextSize(n), "f"))
                    .isEqualTo(n);
        assertThatThrownBy(() -> layout.plaintextLength(0, "f")).isInstanceOf(CorruptIndexException.class);
        assertThatThrownBy(() -> layout.plaintextLength(cipher.getCiphertextOffset() + 15, "f"))
                .isInstanceOf(CorruptIndexException.class);
    }

    @Test
    void theFilesAreTinksFormatAndNothingHomeMade() throws Exception {
        Path path = dir.resolve("index");
        byte[] content = "a page of the production, written through the directory".getBytes(StandardCharsets.UTF_8);
        try (Directory directory = encrypted(path, key);
                IndexOutput out = directory.createOutput("page", IOContext.DEFAULT)) {
            out.writeBytes(content, content.length);
        }
        AesGcmHkdfStreaming tink = new AesGcmHkdfStreaming(key, "HmacSha256", 32, EncryptedDirectory.SEGMENT_BYTES, 0);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = tink.newDecryptingStream(
                Files.newInputStream(path.resolve("page")),
                "redress index file v1".getBytes(StandardCharsets.US_ASCII))) {
            in.transferTo(plain);
        }
        assertThat(plain.toByteArray()).isEqualTo(content);
    }

    private static byte[] readWhole(Directory directory, String name) throws IOException {
        try (IndexInput in = directory.openInput(name, IOContext.DEFAULT)) {
            byte[] bytes = new byte[(int) in.length()];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }

    private static void flipBit(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x04);
        }
    }
}
