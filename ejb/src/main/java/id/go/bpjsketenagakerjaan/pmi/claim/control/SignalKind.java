package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** The kinds of duplicate or fraud signal {@link FraudSignalDetector} raises. */
public enum SignalKind {
    /** Another live or paid claim by the same person for the same benefit (and incident date, where it has one). */
    SAME_NIK_OR_PASSPORT_SAME_BENEFIT,
    /** A person dies once: any second live or paid JKM or JKK death claim. */
    SECOND_DEATH_CLAIM,
    /** The payout account also appears on a claim of a different person. */
    SHARED_BANK_ACCOUNT,
    INCIDENT_OUTSIDE_COVER,
    /** The incident happened shortly after cover was bought: perhaps bought after the event. */
    INCIDENT_JUST_AFTER_COVER_START,
    AMOUNT_ABOVE_CAP
}
