package id.go.bpjsketenagakerjaan.pmi.claim.control;

/** A fact about the case that changes which documents a claim needs. */
public enum ClaimCircumstance {
    HOST_INSURANCE_PAID("asuransi negara penempatan telah membayar sebagian biaya"),
    DEATH_DURING_LEAVE("peserta meninggal saat cuti di Indonesia"),
    LOST_AT_SEA("peserta hilang di laut"),
    PARTICIPANT_DIED("peserta meninggal dunia"),
    TOTAL_PERMANENT_DISABILITY("peserta mengalami cacat total tetap"),
    REACHED_AGE_56("peserta telah berusia 56 tahun"),
    /** A problem return (PROBLEM_RETURN) of a worker who is ill or injured, not only in trouble. */
    ILL_OR_INJURED("peserta sakit atau cedera");

    private final String labelId;

    ClaimCircumstance(String labelId) {
        this.labelId = labelId;
    }

    /** Indonesian wording, written to follow "jika" ("if"). */
    public String labelId() {
        return labelId;
    }
}
