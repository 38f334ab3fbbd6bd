package id.go.bpjsketenagakerjaan.pmi.coverage.control;

/** What a contribution payment buys (Pasal 18 Permenaker 4/2023). */
public enum Tranche {
    /** Before-work JKK + JKM, Rp 37.500, agency channel only. */
    BEFORE_WORK("iuran sebelum bekerja"),
    /** During + after work JKK + JKM for the whole contract: package of 6, 12 or 24 months plus months beyond it. */
    DURING_AFTER("iuran selama dan setelah bekerja"),
    /** Months of a registered contract extension, Rp 13.500 each, paid at once (possible from abroad). */
    EXTENSION("iuran perpanjangan"),
    /** Voluntary JHT: a chosen monthly amount for a number of months. */
    VOLUNTARY_JHT("iuran JHT sukarela");

    private final String labelId;

    Tranche(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }
}
