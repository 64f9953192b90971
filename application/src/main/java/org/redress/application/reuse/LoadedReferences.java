package org.redress.application.reuse;

import java.util.ArrayList;
import java.util.List;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.ReuseFinder;
import org.redress.core.port.DocumentStore;
import org.redress.core.reuse.ReferenceDocument;
import org.redress.core.reuse.ReferenceText;

/** Reference documents with their whole text and folded words, and a finder over them. */
final class LoadedReferences {
    final List<ReferenceDocument> documents;
    final List<FoldedWords> words;
    final ReuseFinder finder;

    private LoadedReferences(List<ReferenceDocument> documents, List<FoldedWords> words, int minWords) {
        this.documents = documents;
        this.words = words;
        this.finder = new ReuseFinder(words, minWords);
    }

    /** The references numbered above {@code afterSeq}. */
    static LoadedReferences after(List<ReferenceDocument> all, long afterSeq, DocumentStore store, int minWords) {
        List<ReferenceDocument> docs = new ArrayList<>();
        List<FoldedWords> words = new ArrayList<>();
        for (ReferenceDocument r : all) {
            if (r.seq() <= afterSeq) continue;
            docs.add(r);
            words.add(FoldedWords.of(ReferenceText.of(store.pages(r.documentId()))));
        }
        return new LoadedReferences(docs, words, minWords);
    }
}
