package org.redress.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;

class ServerConfigTest {
    private static final String SECRET = "correct horse battery";

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("server.properties"), text);
    }

    @Test
    void theIssuesKeysAreReadWithPathsFromTheFilesFolder() throws IOException {
        ServerConfig c = ServerConfig.read(file("""
                # the team's server
                db.url = jdbc:postgresql://127.0.0.1:55432/redress
                db.user = redress
                db.password = %s
                search.url = http://127.0.0.1:19200
                blobs.dir = originals
                """.formatted(SECRET)));
        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:55432/redress");
        assertThat(c.dbUser()).isEqualTo("redress");
        assertThat(c.dbPassword()).isEqualTo(SECRET);
        assertThat(c.searchUrl()).contains("http://127.0.0.1:19200");
        assertThat(c.blobsDir()).isEqualTo(dir.toAbsolutePath().resolve("originals"));
    }

    @Test
    void keysAreToleratedInAnyCaseWithUnderscoresOrHyphensAndThePasswordMayBeInAFile() throws IOException {
        Files.writeString(dir.resolve("pw"), SECRET + "\n");
        ServerConfig c = ServerConfig.read(file("""
                  DB_URL=jdbc:postgresql://db/redress
                Db-User=redress
                db_password_file=pw
                blobs.dir=/srv/originals
                """));
        assertThat(c.dbPassword()).isEqualTo(SECRET);
        assertThat(c.searchUrl()).isEmpty();
        assertThat(c.blobsDir()).isEqualTo(Path.of("/srv/originals"));
    }

    @Test
    void aServerThatTrustsTheLoginNeedsNoPassword() throws IOException {
        ServerConfig c = ServerConfig.read(file("db.url=jdbc:postgresql://db/r\ndb.user=postgres\nblobs.dir=b\n"));
        assertThat(c.dbPassword()).isNull();
    }

    @Test
    void theTextOfAConfigNeverHoldsThePassword() throws IOException {
        ServerConfig c = ServerConfig.read(file("db.url=jdbc:postgresql://db/r?password=" + SECRET
                + "\ndb.user=redress\ndb.password=" + SECRET + "\nblobs.dir=b\n"));
        assertThat(c.toString())
                .contains("jdbc:postgresql://db/r", "dbUser=redress", "dbPassword=(set)")
                .doesNotContain(SECRET);
    }

    @Test
    void unknownKeysAndMissingOrEmptyValuesAreMistakesThatNameTheKeyNotTheValue() throws IOException {
        assertThatThrownBy(() -> ServerConfig.read(
                        file("db.url=jdbc:postgresql://db/r\ndb.user=u\ndb.pasword=" + SECRET + "\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("unknown key \"db.pasword\"")
                .hasMessageContaining("db.password.file")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ServerConfig.read(file("db.url=jdbc:postgresql://db/r\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("db.user is missing in the server file");
        assertThatThrownBy(() -> ServerConfig.read(file("db.url=\ndb.user=u\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("db.url has no value");
        assertThatThrownBy(() -> ServerConfig.read(
                        file("db.url=x\ndb.user=u\ndb.password=" + SECRET + "\ndb.password.file=pw\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("not both")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ServerConfig.read(file("db.url=x\ndb.user=u\nDB_URL=y\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("db.url is given twice");
    }

    @Test
    void aMissingServerFileOrPasswordFileIsAMistake() throws IOException {
        assertThatThrownBy(() -> ServerConfig.read(dir.resolve("nowhere.properties")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("there is no server file");
        assertThatThrownBy(() -> ServerConfig.read(file("db.url=x\ndb.user=u\ndb.password.file=pw\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("there is no password file");
        Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> ServerConfig.read(file("db.url=x\ndb.user=u\ndb.password.file=empty\nblobs.dir=b\n")))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("is empty");
    }
}
