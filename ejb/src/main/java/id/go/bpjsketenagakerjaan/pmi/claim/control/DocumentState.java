package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** Where one document of a claim stands. */
public enum DocumentState {
    MISSING("belum diterima"),
    RECEIVED("menunggu verifikasi"),
    VERIFIED("terverifikasi"),
    REJECTED("ditolak");

    private final String labelId;

    DocumentState(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
