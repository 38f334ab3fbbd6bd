package id.go.bpjsketenagakerjaan.pmi.participant.control;

import id.go.bpjsketenagakerjaan.pmi.benefit.control.ClaimantRelation;

/** A family member's relation to the worker, as on the family card (KK); it decides the heir rank. */
public enum FamilyRelation {
    SPOUSE("suami/istri", ClaimantRelation.SPOUSE),
    CHILD("anak", ClaimantRelation.CHILD),
    PARENT("orang tua", ClaimantRelation.LINEAL_RELATIVE),
    GRANDPARENT("kakek/nenek", ClaimantRelation.LINEAL_RELATIVE),
    GRANDCHILD("cucu", ClaimantRelation.LINEAL_RELATIVE),
    SIBLING("saudara kandung", ClaimantRelation.SIBLING),
    PARENT_IN_LAW("mertua", ClaimantRelation.PARENT_IN_LAW);

    private final String labelId;
    private final ClaimantRelation claimantRelation;

    FamilyRelation(String labelId, ClaimantRelation claimantRelation) {
        this.labelId = labelId;
        this.claimantRelation = claimantRelation;
    }

    public String labelId() {
        return labelId;
    }

    /** The relation as the entitlement calculator ranks heirs. */
    public ClaimantRelation claimantRelation() {
        return claimantRelation;
    }
}
