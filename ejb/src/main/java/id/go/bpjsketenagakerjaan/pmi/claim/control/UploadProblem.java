package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** Why an uploaded document was refused. */
public enum UploadProblem {
    EMPTY,
    TOO_LARGE,
    UNSAFE_FILENAME,
    /** The content is none of PDF, JPEG or PNG, whatever the name or the declared type say. */
    UNSUPPORTED_CONTENT,
    EXTENSION_MISMATCH,
    DECLARED_TYPE_MISMATCH,
    /** A PDF that carries JavaScript or a launch action, which could run when a case worker opens it. */
    ACTIVE_PDF_CONTENT
}
