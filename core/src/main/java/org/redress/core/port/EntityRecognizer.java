package org.redress.core.port;

import java.util.List;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.TextLanguage;

/**
 * Finds the people, organisations and places named in a text. Models are heavy: an implementation loads them on first
 * use and keeps them until closed. Not safe for use by two threads at once.
 */
public interface EntityRecognizer extends AutoCloseable {

    /**
     * What recognises, precisely enough that a change of model or settings shows: pages recognised by another version
     * are recognised again.
     */
    String version();

    /** The entities in the text, in order, with offsets into it. */
    List<FoundEntity> recognise(String text, TextLanguage language);

    @Override
    void close();
}
