package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code redress --version} prints the version in the pom and the commit the build was made from. */
class VersionTest {
    private static final Pattern LINE = Pattern.compile("Redress (\\S+) \\(commit (\\S+)\\)");

    /** The version the app module inherits from its parent, read from app/pom.xml (surefire runs in the module folder). */
    static String pomVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
        Element parent = (Element) project.getElementsByTagName("parent").item(0);
        return parent.getElementsByTagName("version").item(0).getTextContent().strip();
    }

    /** HEAD of the checkout the tests run in, or null without git. */
    static String head() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Test
    void versionPrintsThePomVersionAndTheCommit() throws Exception {
        Cli.Run r = Cli.run("--version");
        assertThat(r.code()).as(r.toString()).isZero();
        Matcher m = LINE.matcher(r.out().strip());
        assertThat(m.matches()).as(r.out()).isTrue();
        assertThat(m.group(1)).isEqualTo(pomVersion());
        String head = head();
        if (head != null) {
            assertThat(m.group(2)).matches("[0-9a-f]{7,40}");
            assertThat(head).startsWith(m.group(2));
        } else {
            assertThat(m.group(2)).isEqualTo("unknown");
        }
    }

    @Test
    void whatTheBuildDidNotFillInIsUnknown() {
        Properties unfilled = new Properties();
        unfilled.setProperty("version", "0.2.0");
        unfilled.setProperty("commit", "${build.commit}");
        assertThat(BuildVersion.line(unfilled)).isEqualTo("Redress 0.2.0 (commit unknown)");
        assertThat(BuildVersion.line(new Properties())).isEqualTo("Redress unknown (commit unknown)");
        Properties filled = new Properties();
        filled.setProperty("version", "0.2.0");
        filled.setProperty("commit", "7210732");
        assertThat(BuildVersion.line(filled)).isEqualTo("Redress 0.2.0 (commit 7210732)");
    }
}
