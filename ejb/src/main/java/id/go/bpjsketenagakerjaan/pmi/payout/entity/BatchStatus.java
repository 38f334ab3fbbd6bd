package id.go.bpjsketenagakerjaan.pmi.payout.entity;

/** DRAFT (lines may be added) → RELEASED (file and checksum fixed, nothing changes) → RECONCILED (bank results in). */
public enum BatchStatus {
    DRAFT, RELEASED, RECONCILED
}
