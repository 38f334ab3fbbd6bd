package id.go.bpjsketenagakerjaan.pmi.benefit.control;

/** Mode of transport to hospital or home; each has its own cap (the names are the params keys). */
public enum TransportMode {
    LAND("darat"),
    RIVER("sungai"),
    SEA("laut"),
    AIR("udara");

    private final String labelId;

    TransportMode(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
