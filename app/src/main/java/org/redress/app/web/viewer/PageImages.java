package org.redress.app.web.viewer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redress.app.web.viewer.PageImageException.Reason;
import org.redress.core.Count;
import org.redress.core.port.BlobStore;

/**
 * The page images of a case: drawn from the original (read through the case's blob store, which decrypts an
 * encrypted case), remembered in memory, on a small pool of its own threads so a hostile PDF costs at most one thread
 * for the time limit and never the server. A page that could not be drawn is remembered too, so nobody can make the
 * server try the same bomb again and again; each refusal is written to the server's log (the document's id and why,
 * never its text).
 */
public final class PageImages implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PageImages.class.getName());
    private static final int THREADS = 2;
    private static final int WAITING = 16;
    private static final int REMEMBERED_FAILURES = 1000;

    private final BlobStore blobs;
    private final RenderLimits limits;
    private final PageRenderer renderer;
    private final PageImageCache cache;
    private final Map<String, PageImageException> failures = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageImageException> eldest) {
            return size() > REMEMBERED_FAILURES;
        }
    });
    private final ThreadPoolExecutor pool;

    /** {@code cacheBytes}: how much memory the rendered pages may keep. */
    public PageImages(BlobStore blobs, RenderLimits limits, long cacheBytes) {
        this.blobs = blobs;
        this.limits = limits;
        this.renderer = new PageRenderer(limits);
        this.cache = new PageImageCache(cacheBytes);
        this.pool =
                new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
                    Thread t = new Thread(r, "page-images");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** 64 MB of rendered pages in memory, with the default limits. */
    public PageImages(BlobStore blobs) {
        this(blobs, RenderLimits.DEFAULT, 64L << 20);
    }

    /** Page {@code page} of the document {@code id} (of {@code mediaType}, {@code size} bytes) as a PNG. */
    public byte[] png(String id, String mediaType, long size, int page) throws PageImageException {
        if (!PageRenderer.draws(mediaType))
            throw new PageImageException(
                    Reason.NO_IMAGE, "a document of type " + mediaType + " has no page image; read its text instead");
        String key = id + "/" + page;
        byte[] cached = cache.get(key).orElse(null);
        if (cached != null) return cached;
        PageImageException failed = failures.get(key);
        if (failed != null) throw failed;
        try {
            byte[] png = draw(id, mediaType, size, page);
            cache.put(key, png);
            return png;
        } catch (PageImageException e) {
            if (e.reason() != Reason.BUSY && e.reason() != Reason.NO_PAGE) failures.put(key, e);
            if (e.reason() != Reason.NO_PAGE && e.reason() != Reason.NO_IMAGE)
                LOG.log(
                        System.Logger.Level.WARNING,
                        "page image of document {0} page {1} refused: {2}",
                        id,
                        page,
                        e.getMessage());
            throw e;
        }
    }

    private byte[] draw(String id, String mediaType, long size, int page) throws PageImageException {
        if (size > limits.maxOriginalBytes())
            throw new PageImageException(
                    Reason.TOO_LARGE,
                    "the original is " + (size >> 20) + " MB; page images are drawn for originals up to "
                            + (limits.maxOriginalBytes() >> 20) + " MB");
        Future<byte[]> job;
        try {
            job = pool.submit(() -> renderer.render(original(id), mediaType, page));
        } catch (RejectedExecutionException e) {
            throw new PageImageException(Reason.BUSY, "the server is drawing other pages; try again in a moment", e);
        }
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new PageImageException(
                    Reason.TIMED_OUT,
                    "drawing the page took longer than " + limits.timeout().toSeconds() + " seconds; it was stopped",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw new PageImageException(Reason.BUSY, "the server is stopping", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PageImageException p) throw p;
            throw new PageImageException(
                    Reason.UNREADABLE,
                    "the original could not be read (" + e.getCause().getClass().getSimpleName() + ")",
                    e.getCause());
        }
    }

    private byte[] original(String id) throws IOException, PageImageException {
        if (!blobs.contains(id))
            throw new PageImageException(Reason.NO_IMAGE, "the original of this document is not stored");
        try (InputStream in = blobs.open(id)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxOriginalBytes() + 1));
            if (bytes.length > limits.maxOriginalBytes())
                throw new PageImageException(Reason.TOO_LARGE, "the original is larger than page images are drawn for");
            return bytes;
        }
    }

    /** How many rendered pages are kept, and their bytes: for tests and the status of the server. */
    public String cacheStatus() {
        return Count.of(cache.size(), "page", "pages") + ", " + cache.usedBytes() + " bytes";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
