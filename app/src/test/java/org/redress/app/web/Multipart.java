package org.redress.app.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart/form-data body as a browser sends a form with files, built by hand so a test can send any file name. */
final class Multipart {
    private static final String BOUNDARY = "----redress-test-boundary-7MA4YWxkTrZu0gW";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart fields(Map<String, String> values) {
        values.forEach(this::field);
        return this;
    }

    /** A file part; {@code filename} goes into the header as given (quotes escaped as browsers do). */
    Multipart file(String name, String filename, String type, byte[] content) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename.replace("\"", "%22") + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** A POST of the body, with the form token the server's forms carry and this server as its origin. */
    HttpRequest.Builder post(ServedCase served, String path, boolean withToken) {
        if (withToken) field(FormTokens.FIELD, TestAccess.formToken());
        write("--" + BOUNDARY + "--\r\n");
        return served.request(path)
                .header("Origin", served.base())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
