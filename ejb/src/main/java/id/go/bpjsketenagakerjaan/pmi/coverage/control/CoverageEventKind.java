package id.go.bpjsketenagakerjaan.pmi.coverage.control;

/** The dated facts that open and close coverage windows. All but {@link #LEAVE} happen at most once per placement. */
public enum CoverageEventKind {
    EMBARKATION("keberangkatan dari embarkasi"),
    DEBARKATION("tiba di debarkasi"),
    HOME_ARRIVAL("tiba di daerah asal"),
    FAILED_DEPARTURE("gagal berangkat"),
    CTT("cacat total tetap"),
    DEATH("meninggal dunia"),
    /** Leave spent in Indonesia during the contract: a period (JKM covers it, JKK does not). */
    LEAVE("cuti di Indonesia");

    private final String labelId;

    CoverageEventKind(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }

    public boolean isPeriod() {
        return this == LEAVE;
    }
}
