package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** A child's current level of education; the scholarship rate depends on it. The param key is the name. */
public enum SchoolLevel {
    /** Not in school or training: no scholarship. */
    NONE("tidak sekolah"),
    TK("TK"),
    SD("SD"),
    SMP("SMP"),
    SMA("SMA/SMK"),
    /** University or vocational training. */
    PT("perguruan tinggi/pelatihan");

    private final String labelId;

    SchoolLevel(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
