package id.go.bpjsketenagakerjaan.pmi.payout.entity;

/**
 * How a scholarship year's school level was proven: CLAIM (year 1, the claim's verified documents), DOCUMENT (a
 * school or training certificate, its number in the proof note) or OFFICER (an officer verified it, e.g. by
 * asking the school).
 */
public enum ProofKind {
    CLAIM, DOCUMENT, OFFICER
}
