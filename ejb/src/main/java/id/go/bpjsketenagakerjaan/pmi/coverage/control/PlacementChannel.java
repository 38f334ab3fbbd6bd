package id.go.bpjsketenagakerjaan.pmi.coverage.control;

/** How the worker is placed abroad; it decides the before-work contribution and cover. */
public enum PlacementChannel {
    /** Placed by BP2MI/KP2MI or a licensed agency (P3MI): pays Rp 37.500 before work and gets full before-work cover. */
    AGENCY,
    /** PMI perseorangan, going abroad without an agency: no before-work contribution, only JKM for up to 1 month before embarkation. */
    PERSEORANGAN
}
