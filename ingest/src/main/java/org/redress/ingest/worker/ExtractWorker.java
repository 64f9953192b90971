package org.redress.ingest.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.extract.TikaExtractor;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;

/**
 * The isolated extraction process. Reads one request (JSON) per line on standard input, writes
 * the result to a file beside the request's child folder, and answers on standard output:
 * {@code beat} while it makes progress (each OCR'd page), {@code done PATH} when finished.
 * Anything the parsers print goes to standard error, so it cannot corrupt the conversation.
 */
public final class ExtractWorker {
    private ExtractWorker() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = WorkerJson.mapper();
        TikaExtractor extractor = new TikaExtractor(Tesseract.find(), Pdftoppm.find(), () -> protocol.println("beat"));
        protocol.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) continue;
            ExtractionRequest request = json.readValue(line, ExtractionRequest.class);
            ExtractionResult result = extractor.extract(request);
            Path out = resultFile(request);
            json.writeValue(out.toFile(), result);
            protocol.println("done " + out);
        }
    }

    static Path resultFile(ExtractionRequest request) {
        Path children = Path.of(request.childDir());
        return children.resolveSibling(children.getFileName() + ".result.json");
    }
}
