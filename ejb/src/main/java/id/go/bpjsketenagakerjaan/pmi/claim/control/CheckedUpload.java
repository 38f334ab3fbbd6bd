package id.go.bpjsketenagakerjaan.pmi.claim.control;

/**
 * An upload that passed {@link UploadPolicy}: the name safe to show and to send back in a download header, the
 * content type detected from the bytes, the size and the SHA-256 (lower-case hex) that identifies the content in
 * the audit trail and finds the same file uploaded twice.
 */
public record CheckedUpload(String filename, String contentType, long sizeBytes, String sha256) {
}
