package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** How much a signal should weigh with the adjudicator. Declared from the strongest. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
