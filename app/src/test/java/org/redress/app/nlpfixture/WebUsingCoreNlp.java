package org.redress.app.nlpfixture;

/** Breaks the CoreNLP rule on purpose: the app reaching CoreNLP itself instead of the EntityRecognizer port. */
public final class WebUsingCoreNlp {
    public String firstWord(String text) {
        return new edu.stanford.nlp.simple.Sentence(text).word(0);
    }
}
