package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's detector, told the answer it is about to work out again. The extractor detects a file's
 * type before parsing it (it needs the type to choose how to read it); the parser then detects
 * once more, which for Office files means opening the zip a second time. The type given for the
 * next detection on this thread is used once, so embedded items are still detected afresh.
 */
final class KnownTypeDetector implements Detector {
    private final Detector delegate;
    private final ThreadLocal<MediaType> next = new ThreadLocal<>();

    KnownTypeDetector(Detector delegate) {
        this.delegate = delegate;
    }

    void nextIs(MediaType type) {
        next.set(type);
    }

    void forget() {
        next.remove();
    }

    /** Detection from the bytes (and the name as a hint), never the remembered answer. */
    MediaType detectFresh(InputStream input, Metadata metadata) throws IOException {
        return delegate.detect(input, metadata);
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        MediaType known = next.get();
        if (known != null) {
            next.remove();
            return known;
        }
        return delegate.detect(input, metadata);
    }
}
