package id.go.bpjsketenagakerjaan.pmi.payout.entity;

/**
 * PENDING (in a batch, not yet confirmed) → PAID, or → FAILED (waits in the correction queue) → VOIDED when it is
 * re-issued under a new reference. Only a VOIDED payment releases the claim's "paid at most once" lock.
 */
public enum PaymentStatus {
    PENDING, PAID, FAILED, VOIDED
}
