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

    Multipart file(String name, String filename, byte[] content) {
        return file(name, filename, "application/octet-stream", content);
    }

    /** With the form token the server's forms carry. */
    Multipart withFormToken() {
        return field(FormTokens.FIELD, TestAccess.formToken());
    }

    String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** The body, closed. */
    HttpRequest.BodyPublisher publisher() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
    }

    /** A POST of the body, with the form token the server's forms carry and this server as its origin. */
    HttpRequest.Builder post(ServedCase served, String path, boolean withToken) {
        if (withToken) withFormToken();
        return served.request(path)
                .header("Origin", served.base())
                .header("Content-Type", contentType())
                .POST(publisher());
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
