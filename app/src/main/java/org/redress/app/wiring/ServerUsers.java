package org.redress.app.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.redress.application.audit.AuditTrail;
import org.redress.application.users.Login;
import org.redress.application.users.UserAdmin;
import org.redress.core.port.UserStore;
import org.redress.store.audit.FileAuditLog;
import org.redress.store.crypto.Argon2idPasswords;
import org.redress.store.crypto.SealedUserSecrets;
import org.redress.store.crypto.ServerSecrets;
import org.redress.store.crypto.TimeBasedCodes;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.PostgresServer;

/**
 * The users of a team server (issue 13), from its {@link ServerConfig}: the user store in the server's own schema,
 * the Argon2id hashes and TOTP codes, and where a change of users is recorded: the audit log of each case it
 * concerns, or, for a change that concerns no case, the server's own log in {@code blobs.dir/redress_server/}. The
 * second factors' secrets are sealed under the server's secrets key ({@code secrets.key.file}).
 */
public final class ServerUsers {
    /** The name authenticator apps show above the codes. */
    static final String ISSUER = "Redress";

    private final ServerConfig config;
    private final PostgresServer server;
    private final UserStore store;
    private final ServerSecrets secrets;

    private ServerUsers(ServerConfig config, PostgresServer server) {
        this.config = config;
        this.server = server;
        this.secrets = ServerSecrets.ofKeyFile(config.secretsKeyFile());
        this.store = new SealedUserSecrets(server.users(), secrets);
    }

    /**
     * The key of the form tokens that the server's pages give out, from the server's secrets key: every {@code serve}
     * process of this server accepts the forms of the others, and a form opened before a restart still posts.
     */
    public byte[] formTokenKey() {
        return secrets.derivedKey("redress form token v1");
    }

    public static ServerUsers open(ServerConfig config) {
        return new ServerUsers(config, ServerCase.connect(config));
    }

    public UserAdmin admin() {
        return new UserAdmin(store, new Argon2idPasswords(), new TimeBasedCodes(), ISSUER, Clock.systemUTC());
    }

    public Login login() {
        return new Login(store, new Argon2idPasswords(), new TimeBasedCodes(), Clock.systemUTC());
    }

    /** A case of this server as typed; refused, the name not repeated, when the server has no such case. */
    public String existingCase(String typed) {
        CaseName name = ServerCase.caseName(typed);
        if (!server.exists(name)
                || !Files.isRegularFile(ServerCase.folderOf(config, name).resolve(CaseFolder.MARKER)))
            throw new CaseException("there is no case named " + name + " on this server; create it with: redress"
                    + " init --server FILE --case " + name);
        return name.value();
    }

    /** The audit trails a change concerning these cases goes to: each case's, or the server's when there is none. */
    public List<AuditTrail> auditTrails(Collection<String> cases) {
        if (cases.isEmpty()) return List.of(new AuditTrail(serverLog(), Clock.systemUTC()));
        return cases.stream()
                .map(c -> CaseServices.audit(config, new CaseName(c)))
                .toList();
    }

    private FileAuditLog serverLog() {
        Path root = config.blobsDir().resolve("redress_server");
        FileAuditLog log = FileAuditLog.of(root);
        if (!Files.isDirectory(root.resolve("audit"))) log.prepare();
        return log;
    }
}
