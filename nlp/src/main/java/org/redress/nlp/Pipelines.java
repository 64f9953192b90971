package org.redress.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.redress.core.entities.TextLanguage;

/**
 * The CoreNLP settings for each language. Only what named entities need: no parser, no coreference, no fine-grained
 * labels (they double the memory: dependencies.md), no numeric classifiers or SUTime (dates are found elsewhere).
 * Spanish starts from the properties file that ships in its models jar and needs the lemma annotator before ner.
 */
final class Pipelines {
    static final String ENGLISH_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    static final String SPANISH_ANNOTATORS = "tokenize,ssplit,mwt,pos,lemma,ner";

    private Pipelines() {}

    static Properties properties(TextLanguage language) {
        Properties p = language == TextLanguage.SPANISH ? spanishDefaults() : new Properties();
        p.setProperty("annotators", language == TextLanguage.SPANISH ? SPANISH_ANNOTATORS : ENGLISH_ANNOTATORS);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // A blank line ends a sentence: records break lines inside sentences, but not paragraphs.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Characters the tokenizer does not know are kept without a warning: the warning would quote the page.
        p.setProperty(
                "tokenize.options",
                language == TextLanguage.SPANISH
                        ? "invertible,ellipses=ascii,splitAll=false,untokenizable=noneKeep" // its defaults, quiet
                        : "untokenizable=noneKeep");
        return p;
    }

    static StanfordCoreNLP load(TextLanguage language) {
        return new StanfordCoreNLP(properties(language));
    }

    private static Properties spanishDefaults() {
        Properties p = new Properties();
        try (InputStream in =
                Pipelines.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-spanish.properties")) {
            if (in == null) throw new IllegalStateException("CoreNLP's Spanish models are missing from the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
