package org.redress.app.web;

import java.util.List;
import org.redress.core.corpus.Page;

/**
 * What marks spans on the document page: one source per kind of thing (mentions; entities, exemption marks and
 * animus flags plug in the same way, one line in {@link WebServer}). {@code back} is the address a form sends the
 * reader back to.
 */
@FunctionalInterface
public interface SpanSource {
    List<TextSpan> spans(String documentId, Page page, Messages t, String back);
}
