package id.go.bpjsketenagakerjaan.pmi.intake.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * API keys: {@code pmi_} + 32 random bytes (256 bits) in base64url. Stored only as SHA-256: with that much entropy
 * a fast hash is safe (no dictionary to try), and it lets the key be looked up by its hash in one indexed query.
 */
public final class ApiKeys {

    public static final String SCHEME = "ApiKey";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "pmi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    /** The first characters, enough to tell keys apart in a list, never enough to use one. */
    public static String prefix(String key) {
        return key.substring(0, Math.min(12, key.length()));
    }

    /** The key in an {@code Authorization: ApiKey <key>} header, or null. */
    public static String fromAuthorization(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() <= SCHEME.length() + 1 || !value.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return null;
        }
        String key = value.substring(SCHEME.length() + 1).strip();
        return key.isEmpty() || key.length() > 200 ? null : key;
    }
}
