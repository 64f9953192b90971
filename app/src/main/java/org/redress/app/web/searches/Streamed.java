package org.redress.app.web.searches;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Optional;
import org.redress.app.web.ContentDisposition;
import org.redress.application.users.ActingUser;
import org.redress.application.users.Principal;

/**
 * A download written as it is sent: the export writes into a pipe on its own thread and the server reads the other
 * end as the answer. The handler returns at once, so the route's audit entry is written before a byte leaves, and
 * the export never sits whole in memory (the pipe holds 64 KiB). The writer acts for the request's user
 * ({@link ActingUser}), so an export shows no more than the user's pages would, though it outlives the request.
 */
final class Streamed {
    private static final int PIPE = 64 * 1024;

    /** What writes the body. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Streamed() {}

    static void answer(Context ctx, String contentType, String fileName, Body body) throws IOException {
        PipedInputStream in = new PipedInputStream(PIPE);
        PipedOutputStream out = new PipedOutputStream(in);
        Optional<Principal> user = ActingUser.current();
        Thread writer = new Thread(
                () -> {
                    ActingUser.Scope acting = user.map(ActingUser::begin).orElse(null);
                    try (out) {
                        body.write(out);
                    } catch (IOException | RuntimeException e) {
                        // The headers are gone: the download ends short. Only the kind of failure is logged, never
                        // the query or the documents' words.
                        System.err.println(
                                "An export stopped early: " + e.getClass().getSimpleName());
                    } finally {
                        if (acting != null) acting.close(); // the thread is the export's alone, but say so
                    }
                },
                "redress-export");
        writer.setDaemon(true);
        ctx.header("Content-Disposition", ContentDisposition.attachment(fileName));
        ctx.contentType(contentType);
        ctx.result(in);
        writer.start();
    }
}
