package org.redress.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.application.custody.CustodyProblem;
import org.redress.application.custody.CustodyReport;
import org.redress.application.custody.SignedManifest;
import org.redress.core.corpus.Sha256;

/** The JSON of {@code redress verify --json} and of {@code redress export manifest} (README, Chain of custody). */
public final class CustodyJson {
    private CustodyJson() {}

    public static Map<String, Object> report(CustodyReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("originals", r.originals());
        out.put("manifests", r.manifests());
        List<Map<String, String>> problems =
                r.problems().stream().map(CustodyJson::problem).toList();
        out.put("problems", problems);
        out.put("intact", r.intact());
        return out;
    }

    private static Map<String, String> problem(CustodyProblem p) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", p.kind());
        out.put("target", p.target());
        out.put("detail", p.detail());
        return out;
    }

    /**
     * The manifest for a declaration: its content, the exact signed text, and what checks the signature. The signed
     * text, not the re-indented {@code manifest}, is what the signature covers.
     */
    public static Map<String, Object> manifest(SignedManifest m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", m.name());
        out.put("manifest", tree(m.json()));
        out.put("signedText", new String(m.json(), StandardCharsets.UTF_8));
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("algorithm", "Ed25519");
        signature.put("signedTextSha256", Sha256.of(m.json()));
        signature.put("value", Base64.getEncoder().encodeToString(m.signature()));
        signature.put("publicKey", Base64.getEncoder().encodeToString(m.publicKey()));
        signature.put("publicKeyFingerprint", m.fingerprint());
        out.put("signature", signature);
        return out;
    }

    private static JsonNode tree(byte[] json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
