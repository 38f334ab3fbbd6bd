package id.go.bpjsketenagakerjaan.pmi.intake.control;

import java.util.Objects;

/**
 * The fingerprint an Idempotency-Key is bound to: SHA-256 over the operation and the canonical JSON of the parsed
 * request (JSON-B writes properties in a fixed order), so whitespace and property order of the client's JSON do not
 * matter but every value does.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String operation, String canonicalJson) {
        Objects.requireNonNull(operation, "operation");
        return Sha256.hex(operation + "\n" + Objects.requireNonNullElse(canonicalJson, "null"));
    }

    /** Keys are opaque to us but bounded: 1 to 100 visible ASCII characters (a UUID is typical). */
    public static boolean isValidKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= 100 && key.chars().allMatch(c -> c > 32 && c < 127);
    }
}
