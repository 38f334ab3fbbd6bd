package id.go.bpjsketenagakerjaan.pmi.shared;

/** The three BPJS Ketenagakerjaan programmes open to migrant workers. */
public enum Programme {
    /** Jaminan Kecelakaan Kerja: work accident, occupational disease and the PMI-specific risks. Compulsory. */
    JKK,
    /** Jaminan Kematian: death not caused by a work accident. Compulsory. */
    JKM,
    /** Jaminan Hari Tua: old-age savings. Voluntary for PMI. */
    JHT
}
