package org.redress.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code redress --version}: the version and git commit the build wrote into {@code build.properties}. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {line(load())};
    }

    static String line(Properties build) {
        return "Redress " + value(build, "version") + " (commit " + value(build, "commit") + ")";
    }

    /** A property the build did not fill in (missing, empty, or still a ${placeholder}) is unknown. */
    private static String value(Properties build, String key) {
        String v = build.getProperty(key, "").strip();
        return v.isEmpty() || v.contains("${") ? "unknown" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
