package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code redress serve} refuses before it opens a port. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aCaseFolderIsServedOnLoopbackAddressesOnly() {
        String dir = tmp.resolve("case").toString();
        assertThat(Cli.run("init", "--case", dir).code()).isZero();
        for (String host : new String[] {"0.0.0.0", "192.168.1.20", "::"}) {
            Cli.Run r = Cli.run("serve", "--case", dir, "--host", host, "--port", "0");
            assertThat(r.code()).as(host).isEqualTo(1);
            assertThat(r.err()).as(host).contains("this machine only").contains(host);
        }
    }
}
