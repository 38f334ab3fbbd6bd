package id.go.bpjsketenagakerjaan.pmi.payout.entity;

/** Why a scholarship schedule ended: the child reached 23, married, or works. */
public enum ScholarshipEnd {
    AGE, MARRIAGE, WORK
}
