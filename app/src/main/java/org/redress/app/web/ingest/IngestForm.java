package org.redress.app.web.ingest;

import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redress.application.requests.RequestInput;
import org.redress.core.UserMistake;

/**
 * What the ingest form asked for, checked before any work starts: the files (uploaded, or a folder of this machine),
 * the source's name, the received date, the request the production answers and the passwords of encrypted files.
 *
 * @param request   the request's number or tracking number, or null
 * @param uploaded  the folder the uploaded files were saved to, removed when the ingest ends; null for a folder
 */
record IngestForm(
        List<Path> paths, String source, LocalDate received, String request, List<String> passwords, Path uploaded) {
    static final String FILES = "files";

    /** Without the passwords or the files' names, which must never reach a log line. */
    @Override
    public String toString() {
        return "IngestForm[" + paths.size() + " paths, passwords=" + passwords.size() + " hidden]";
    }

    /** The form's fields; the uploaded files are saved under {@code uploads} as they were written by the server. */
    static IngestForm read(Context ctx, UploadLimit uploads) throws IOException {
        String folder = field(ctx, "folder");
        List<Part> files = new ArrayList<>();
        if (ctx.isMultipartFormData()) {
            for (Part p : parts(ctx))
                if (FILES.equals(p.getName())
                        && p.getSubmittedFileName() != null
                        && !p.getSubmittedFileName().isEmpty()) files.add(p);
        }
        if (folder == null && files.isEmpty())
            throw new UserMistake("Choose the files of the production, or name a folder on this machine.");
        if (folder != null && !files.isEmpty())
            throw new UserMistake("Upload files or name a folder, not both at once.");
        LocalDate received = RequestInput.date("received", field(ctx, "received"));
        String request = field(ctx, "request");
        List<String> passwords = passwords(ctx.formParam("passwords"));
        String source = field(ctx, "source");
        if (folder != null) {
            Path dir = checkedFolder(folder);
            String name = source != null
                    ? source
                    : dir.getFileName() == null
                            ? dir.toString()
                            : dir.getFileName().toString();
            return new IngestForm(List.of(dir), name, received, request, passwords, null);
        }
        Path into = Files.createTempDirectory(uploads.folder(), "ingest-");
        List<String> taken = new ArrayList<>();
        List<Path> saved = new ArrayList<>();
        for (Part p : files) {
            String name = org.redress.app.web.UploadNames.unique(
                    org.redress.app.web.UploadNames.of(p.getSubmittedFileName(), "upload"), taken);
            taken.add(name);
            Path file = into.resolve(name);
            p.write(file.toString()); // moves the file the server already wrote, or writes it
            saved.add(file); // each file given by itself: the case knows it by its own name, not the upload's folder
        }
        String name = source != null ? source : taken.get(0);
        return new IngestForm(saved, name, received, request, passwords, into);
    }

    private static java.util.Collection<Part> parts(Context ctx) throws IOException {
        try {
            return ctx.req().getParts();
        } catch (jakarta.servlet.ServletException | IllegalStateException e) {
            throw new UserMistake("The upload could not be read: it was cut off or is larger than this server takes.");
        }
    }

    /** A folder on this machine: it must exist and be a folder (the path is shown back as typed). */
    static Path checkedFolder(String typed) {
        Path dir;
        try {
            dir = Path.of(typed).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserMistake("'" + typed + "' is not a path of this machine.");
        }
        if (!Files.exists(dir)) throw new UserMistake("There is no folder '" + typed + "' on this machine.");
        if (!Files.isDirectory(dir))
            throw new UserMistake(
                    "'" + typed + "' is a file, not a folder: name the folder that holds it, or upload it.");
        if (!Files.isReadable(dir)) throw new UserMistake("The folder '" + typed + "' cannot be read by Redress.");
        return dir;
    }

    /** One password a line, as in the file of {@code redress ingest --passwords}: empty lines skipped, each once. */
    static List<String> passwords(String text) {
        if (text == null) return List.of();
        return text.lines()
                .map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
