package org.redress.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Text that decodes strictly as UTF-8 and has at least one multi-byte character is UTF-8: Tika's statistical
 * detectors guess from too few bytes on a short file and read a Spanish note as GB18030 ("Balc谩zar"), while
 * text in a legacy single-byte charset almost never forms valid UTF-8 sequences. Anything else (pure ASCII, which
 * an HTML page's declared charset may still qualify, UTF-16, Latin-1) is left to Tika's own detectors.
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {
    /** How much of the text is looked at, as Tika's detectors do (they read the first few KiB). */
    static final int SAMPLE = 16 * 1024;

    private final EncodingDetector fallback;

    Utf8FirstEncodingDetector(EncodingDetector fallback) {
        this.fallback = fallback;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) return fallback.detect(null, metadata);
        byte[] sample;
        input.mark(SAMPLE);
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        if (isMultiByteUtf8(sample, sample.length == SAMPLE)) return StandardCharsets.UTF_8;
        return fallback.detect(input, metadata);
    }

    /**
     * Whether the bytes are valid UTF-8 holding at least one non-ASCII character and no NUL; when the sample was
     * cut ({@code truncated}), a character cut at its end does not count against it.
     */
    static boolean isMultiByteUtf8(byte[] bytes, boolean truncated) {
        int end = truncated ? bytes.length - cutCharacter(bytes) : bytes.length;
        boolean nonAscii = false;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) return false; // UTF-16 or binary: Tika knows better
            if (bytes[i] < 0) nonAscii = true;
        }
        if (!nonAscii) return false;
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The number of bytes at the end that begin a character the sample cut short (0 to 3). */
    private static int cutCharacter(byte[] bytes) {
        for (int back = 1; back <= Math.min(3, bytes.length); back++) {
            int b = bytes[bytes.length - back] & 0xFF;
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: look further back for the lead
            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
        return 0;
    }
}
