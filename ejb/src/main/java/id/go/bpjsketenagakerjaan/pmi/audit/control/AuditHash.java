package id.go.bpjsketenagakerjaan.pmi.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The chain rule: an entry's hash covers the previous hash and every field of the entry, unambiguously separated. */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, long id, Instant at, String actor, String action, String subject,
                            String detail) {
        String canonical = String.join("\u001f", previousHash, Long.toString(id), at.toString(), actor, action,
                subject == null ? "" : subject, detail == null ? "" : detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
