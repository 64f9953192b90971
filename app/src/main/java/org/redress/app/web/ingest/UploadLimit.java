package org.redress.app.web.ingest;

import io.javalin.config.MultipartConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.app.wiring.CaseBackend;
import org.redress.core.UserMistake;

/**
 * Where uploads go while they arrive and how large they may be. Every multipart request (the form-token filter reads
 * its fields first) is written by the server to the case's work folder, never to the system's temporary folder: in
 * an encrypted case that folder is in memory. Parts above 64 KB go to disk as they arrive, so nothing is held whole
 * in memory. The limit is {@code REDRESS_UPLOAD_LIMIT_MB} (default 4096 MB), or the system property
 * {@code redress.upload.limit-mb}.
 */
public final class UploadLimit {
    static final long DEFAULT_MB = 4096;
    private final long limitBytes;
    private final Path folder;
    private final String unavailable;

    /** A request larger than the limit, refused before anything of it is read. */
    public static final class TooLarge extends UserMistake {
        TooLarge(String message) {
            super(message);
        }
    }

    private UploadLimit(long limitBytes, Path folder, String unavailable) {
        this.limitBytes = limitBytes;
        this.folder = folder;
        this.unavailable = unavailable;
    }

    /** The limit as configured, with the uploads folder inside the case's work folder. */
    public static UploadLimit of(CaseBackend folder) {
        String configured = System.getProperty("redress.upload.limit-mb", System.getenv("REDRESS_UPLOAD_LIMIT_MB"));
        long mb = DEFAULT_MB;
        if (configured != null && !configured.isBlank()) {
            try {
                mb = Long.parseLong(configured.strip());
            } catch (NumberFormatException e) {
                throw new UserMistake(
                        "REDRESS_UPLOAD_LIMIT_MB is a whole number of megabytes, not '" + configured + "'");
            }
        }
        try {
            return new UploadLimit(
                    mb * 1024 * 1024, Files.createDirectories(folder.workDir().resolve("uploads")), null);
        } catch (IOException | UserMistake e) {
            // No work folder (an encrypted case without a memory file system): no uploads, and the page says why.
            return new UploadLimit(0, null, e.getMessage());
        }
    }

    long limitBytes() {
        return limitBytes;
    }

    Path folder() {
        return folder;
    }

    /** The server's multipart settings: into the work folder, small parts only in memory, no more than the limit. */
    public void configure(MultipartConfig multipart) {
        if (folder != null) multipart.cacheDirectory(folder.toString());
        multipart.maxInMemoryFileSize(64, SizeUnit.KB);
        multipart.maxFileSize(Math.max(1, limitBytes), SizeUnit.BYTES);
        multipart.maxTotalRequestSize(Math.max(1, limitBytes), SizeUnit.BYTES);
    }

    /** A before-filter for the upload route: a body larger than the limit is refused with its size and the limit. */
    public void refuseTooLarge(Context ctx) {
        if (!io.javalin.http.HandlerType.POST.equals(ctx.method())) return;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("multipart/")) return;
        if (unavailable != null)
            throw new UserMistake("Uploading is not possible on this server: " + unavailable
                    + ". Name a folder on this machine instead.");
        long length = ctx.contentLength();
        if (length > limitBytes)
            throw new TooLarge("The upload is " + megabytes(length) + " MB; this server takes up to "
                    + megabytes(limitBytes) + " MB at once (REDRESS_UPLOAD_LIMIT_MB). Send it in parts, or put the"
                    + " files in a folder on this machine and name the folder.");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
