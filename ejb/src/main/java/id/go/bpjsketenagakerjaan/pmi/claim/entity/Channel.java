package id.go.bpjsketenagakerjaan.pmi.claim.entity;

/** How a claim reached the agency. */
public enum Channel {
    E_KLAIM, JMO, BRANCH_WALK_IN, OVERSEAS_UNIT, LOUNGE, LTSA
}
