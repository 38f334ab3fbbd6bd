package id.go.bpjsketenagakerjaan.pmi.payout.entity;

/**
 * PLANNED (a later year) → AWAITING_PROOF (due: proof of school level asked) → READY (proof accepted, amount fixed)
 * → PAID; or NOT_PAID (not in school that year) or CANCELLED (the schedule ended before this year).
 */
public enum ScholarshipYearStatus {
    PLANNED, AWAITING_PROOF, READY, PAID, NOT_PAID, CANCELLED
}
