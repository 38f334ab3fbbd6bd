package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** Where a stage's clock stands against its target. */
public enum SlaStatus {
    ON_TRACK("sesuai jadwal"),
    /** At most one working day left before the due date ends. */
    DUE_SOON("segera jatuh tempo"),
    BREACHED("melewati batas waktu");

    private final String labelId;

    SlaStatus(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
