package id.go.bpjsketenagakerjaan.pmi.shared;

/** Sex as encoded in the NIK (women have 40 added to the day of birth). */
public enum Sex {
    MALE("laki-laki"),
    FEMALE("perempuan");

    private final String labelId;

    Sex(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
