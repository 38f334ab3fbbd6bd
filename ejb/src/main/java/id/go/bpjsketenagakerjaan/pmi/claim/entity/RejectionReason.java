package id.go.bpjsketenagakerjaan.pmi.claim.entity;

/** The code list a rejection must name; the free text explains the case. */
public enum RejectionReason {
    NOT_COVERED_ON_INCIDENT_DATE,
    BENEFIT_NOT_IN_PHASE,
    CLAIM_EXPIRED,
    DOCUMENTS_NOT_PROVIDED,
    DOCUMENTS_INVALID,
    DUPLICATE_CLAIM,
    NOT_ENTITLED_HEIR,
    EXCLUDED_CAUSE,
    FRAUD_SUSPECTED
}
