package org.redress.analysis.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Sha256;

/** Email documents for the tests, as the store gives them back. */
public final class Mail {
    private Mail() {}

    public static Document email(
            String copy,
            String from,
            List<String> to,
            String sent,
            String subject,
            String id,
            String replyTo,
            String refs) {
        return new Document(
                Sha256.of((copy + id + from).getBytes(StandardCharsets.UTF_8)),
                100,
                "message/rfc822",
                subject,
                null,
                null,
                null,
                "en",
                new EmailHeaders(
                        from,
                        to,
                        List.of(),
                        List.of(),
                        sent == null ? null : Instant.parse(sent),
                        subject,
                        id == null ? null : "<" + id + ">",
                        replyTo == null ? null : "<" + replyTo + ">",
                        EmailHeaders.messageIds(refs)),
                ExtractionStatus.DONE,
                null,
                null,
                1);
    }
}
