package org.redress.app.web;

import io.javalin.config.JettyConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.redress.core.UserMistake;

/**
 * HTTPS for {@code redress serve}, from the two PEM files people are given for a server: its certificate (with the
 * chain after it) and its private key, as Let's Encrypt, mkcert or an organisation's own authority hand them out.
 * Jetty's own TLS connector serves them (TLS 1.2 and 1.3 only). Over HTTPS a team server's Secure session cookie is
 * kept by browsers on every machine, and the same-origin rule compares the browser's https origin with the https the
 * server sees. The key is read once, into memory, and never written or printed.
 */
public final class Https {
    private final KeyStore keys;
    private final String keysPassword;
    private final X509Certificate certificate;

    private Https(KeyStore keys, String keysPassword, X509Certificate certificate) {
        this.keys = keys;
        this.keysPassword = keysPassword;
        this.certificate = certificate;
    }

    /** Reads the certificate chain and its key, or says in plain words what is wrong with them. */
    public static Https fromPem(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certificateFile);
        PrivateKey key = privateKey(keyFile);
        if (!matches(key, chain.get(0)))
            throw new UserMistake("The private key in '" + keyFile + "' is not the key of the certificate in '"
                    + certificateFile + "' (the first certificate of the file must be this server's own).");
        try {
            // an in-memory store only, so its password needs no keeping: a random one for this run
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getEncoder().encodeToString(random);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("redress", key, password.toCharArray(), chain.toArray(Certificate[]::new));
            return new Https(store, password, chain.get(0));
        } catch (GeneralSecurityException | IOException e) {
            throw new UserMistake("The certificate and key could not be made ready for HTTPS ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    /** The certificate's subject, which {@code serve} prints beside its link. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** Listens on {@code host}:{@code port} with TLS instead of Javalin's plain connector. */
    void addTo(JettyConfig jetty, String host, int port) {
        jetty.addConnector((server, http) -> {
            http.addCustomizer(new SecureRequestCustomizer()); // the request's scheme is https, its cookies Secure
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStore(keys);
            tls.setKeyStorePassword(keysPassword);
            tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
            ServerConnector connector = new ServerConnector(
                    server,
                    new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                    new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            return connector;
        });
    }

    private static List<X509Certificate> certificates(Path file) {
        try (InputStream in = Files.newInputStream(readable(file, "certificate"))) {
            List<X509Certificate> chain = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> (X509Certificate) c)
                    .toList();
            if (chain.isEmpty()) throw new UserMistake("There is no certificate in '" + file + "'.");
            return chain;
        } catch (GeneralSecurityException e) {
            throw new UserMistake("'" + file + "' is not a certificate in PEM form (-----BEGIN CERTIFICATE-----).");
        } catch (IOException e) {
            throw new UserMistake("The certificate file '" + file + "' could not be read.");
        }
    }

    private static PrivateKey privateKey(Path file) {
        Object read = firstKey(readable(file, "private key"));
        if (read instanceof PKCS8EncryptedPrivateKeyInfo || read instanceof PEMEncryptedKeyPair)
            throw new UserMistake("The private key in '" + file + "' is protected by a passphrase: give it without"
                    + " (openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.plain) in a file only this user can read.");
        try {
            JcaPEMKeyConverter convert = new JcaPEMKeyConverter();
            if (read instanceof PrivateKeyInfo info) return convert.getPrivateKey(info); // PKCS#8
            if (read instanceof PEMKeyPair pair) return convert.getKeyPair(pair).getPrivate(); // PKCS#1, SEC1
        } catch (PEMException e) {
            throw new UserMistake("The private key in '" + file + "' is of a kind Redress cannot use.");
        }
        throw new UserMistake("There is no private key in '" + file + "' (-----BEGIN PRIVATE KEY-----).");
    }

    /**
     * The file's first key, plain or protected, past what may come before it (the EC PARAMETERS block {@code openssl
     * ecparam -genkey} writes first, or the certificate of a file that holds both); null if it holds none.
     */
    private static Object firstKey(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser pem = new PEMParser(in)) {
            for (Object read = pem.readObject(); read != null; read = pem.readObject()) {
                if (read instanceof PrivateKeyInfo
                        || read instanceof PEMKeyPair
                        || read instanceof PKCS8EncryptedPrivateKeyInfo
                        || read instanceof PEMEncryptedKeyPair) return read;
            }
            return null;
        } catch (AccessDeniedException e) {
            throw new UserMistake("The private key file '" + file + "' cannot be read by this user.");
        } catch (IOException | RuntimeException e) {
            // no part of the file in the message: it holds the key (a broken block throws from the decoder)
            throw new UserMistake("'" + file + "' is not a private key in PEM form.");
        }
    }

    private static Path readable(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new UserMistake("The " + what + " file '" + file + "' does not exist.");
        return file;
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> key.getAlgorithm(); // Ed25519, Ed448
        };
        try {
            byte[] probe = "redress https key check".getBytes(StandardCharsets.US_ASCII);
            Signature sign = Signature.getInstance(algorithm);
            sign.initSign(key);
            sign.update(probe);
            byte[] signature = sign.sign();
            Signature verify = Signature.getInstance(algorithm);
            verify.initVerify(certificate.getPublicKey());
            verify.update(probe);
            return verify.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
