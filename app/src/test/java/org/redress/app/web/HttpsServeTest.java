package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.core.UserMistake;

/**
 * {@code redress serve --tls-cert --tls-key}: a case served over HTTPS by Jetty's TLS connector, with a certificate
 * made here (Bouncy Castle) and trusted by the test's client only. The page opens over https, a form from the
 * server's own https page passes the same-origin rule while one naming the plain-http origin does not, plain HTTP to
 * the port gets no page, and broken certificate files are refused in plain words that never quote the key.
 */
class HttpsServeTest {
    @TempDir
    static Path tmp;

    static KeyPair keys;
    static X509Certificate certificate;
    static Path certFile;
    static Path keyFile;
    static CaseServices services;
    static Javalin server;
    static HttpClient client;

    @BeforeAll
    static void aCaseServedOverHttps() throws Exception {
        keys = rsa();
        certificate = selfSigned(keys, "CN=redress.test");
        certFile = pem(tmp.resolve("server.crt"), certificate);
        keyFile = pem(tmp.resolve("server.key"), new JcaPKCS8Generator(keys.getPrivate(), null));

        Path caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        services = CaseServices.open(caseDir);
        Https https = Https.fromPem(certFile, keyFile);
        assertThat(https.subject()).isEqualTo("CN=redress.test");
        server = new WebServer(services, TestAccess.TOKEN, List.of()).start("127.0.0.1", 0, https);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("redress", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        client = HttpClient.newBuilder()
                .sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (services != null) services.close();
    }

    private static String base(String scheme) {
        return scheme + "://127.0.0.1:" + server.port();
    }

    @Test
    void thePagesOpenOverHttpsAndAFormFromTheHttpsPagePassesTheSameOriginRule() throws Exception {
        HttpResponse<String> home = client.send(
                TestAccess.authorized(URI.create(base("https") + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.sslSession()).isPresent();

        assertThat(postGuide(base("https")).statusCode()).isEqualTo(303);
        HttpResponse<String> crossScheme = postGuide(base("http"));
        assertThat(crossScheme.statusCode()).isEqualTo(403);
        assertThat(crossScheme.body()).contains("another site");
    }

    @Test
    void plainHttpToTheHttpsPortGetsNoPage() throws Exception {
        HttpResponse<String> plain;
        try {
            plain = HttpClient.newHttpClient()
                    .send(
                            TestAccess.authorized(URI.create(base("http") + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException refused) {
            return; // the connection closed on a request that is not TLS: no page either
        }
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).doesNotContain("Redress");
    }

    @Test
    void brokenCertificateFilesAreRefusedInPlainWordsThatNeverQuoteTheKey() throws Exception {
        assertThatThrownBy(() -> Https.fromPem(tmp.resolve("missing.crt"), keyFile))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("does not exist");
        Path notPem = Files.writeString(tmp.resolve("notes.txt"), "not a certificate\n");
        assertThatThrownBy(() -> Https.fromPem(notPem, keyFile))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("is not a certificate");
        Path otherKey = pem(tmp.resolve("other.key"), new JcaPKCS8Generator(rsa().getPrivate(), null));
        assertThatThrownBy(() -> Https.fromPem(certFile, otherKey))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("is not the key of the certificate");
        Path locked = pem(
                tmp.resolve("locked.key"),
                new JcaPKCS8Generator(
                        keys.getPrivate(),
                        new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                                .setProvider(new BouncyCastleProvider())
                                .setPassword("a passphrase".toCharArray())
                                .build()));
        assertThatThrownBy(() -> Https.fromPem(certFile, locked))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("passphrase");
        String keyText = Files.readString(keyFile);
        String body =
                keyText.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertThatThrownBy(() -> Https.fromPem(keyFile, keyFile))
                .isInstanceOf(UserMistake.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(body));

        // A key as older tools write it (PKCS#1, "BEGIN RSA PRIVATE KEY") is read as well.
        Path pkcs1 = pem(tmp.resolve("pkcs1.key"), keys.getPrivate());
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Https.fromPem(certFile, pkcs1).subject()).isEqualTo("CN=redress.test");
        // The certificate and its key in one file: the key is found past the certificate.
        Path both = Files.writeString(tmp.resolve("both.pem"), Files.readString(certFile) + Files.readString(keyFile));
        assertThat(Https.fromPem(certFile, both).subject()).isEqualTo("CN=redress.test");
        Path corrupt = Files.writeString(
                tmp.resolve("corrupt.key"),
                "-----BEGIN PRIVATE KEY-----\n%%%not base64%%%\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> Https.fromPem(certFile, corrupt))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("is not a private key");
    }

    private static HttpResponse<String> postGuide(String origin) throws Exception {
        String body = FormTokens.FIELD + "=" + URLEncoder.encode(TestAccess.formToken(), StandardCharsets.UTF_8);
        HttpRequest request = TestAccess.authorized(URI.create(base("https") + "/home/guide"))
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair pair, String subject) throws Exception {
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)),
                name,
                pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")
        }));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    private static Path pem(Path file, Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return Files.writeString(file, out.toString());
    }
}
