package id.go.bpjsketenagakerjaan.pmi.benefit.control;

import java.util.OptionalInt;

/**
 * The claimant's relation to the worker. For death benefits the heirs come in ranks: spouse or children; else
 * lineal blood relatives to the 2nd degree; else siblings; else parents-in-law; else the person named in a will.
 */
public enum ClaimantRelation {
    WORKER("peserta sendiri", 0),
    SPOUSE("suami/istri", 1),
    CHILD("anak", 1),
    /** Parents, grandparents, grandchildren (keturunan sedarah garis lurus s.d. derajat kedua). */
    LINEAL_RELATIVE("keluarga sedarah garis lurus s.d. derajat kedua", 2),
    SIBLING("saudara kandung", 3),
    PARENT_IN_LAW("mertua", 4),
    WILL_BENEFICIARY("pihak yang ditunjuk dalam wasiat", 5),
    OTHER("pihak lain", 0);

    private final String labelId;
    /** 1 is the first rank; 0 means not an heir. */
    private final int heirRank;

    ClaimantRelation(String labelId, int heirRank) {
        this.labelId = labelId;
        this.heirRank = heirRank;
    }

    public String labelId() {
        return labelId;
    }

    public OptionalInt heirRank() {
        return heirRank == 0 ? OptionalInt.empty() : OptionalInt.of(heirRank);
    }
}
