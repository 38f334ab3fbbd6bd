package id.go.bpjsketenagakerjaan.pmi.claim.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.util.Optional;

/** A group of claim statuses that share one service-level target, in working days. */
public enum SlaStage {
    INTAKE_VERIFICATION("penerimaan dan verifikasi"),
    ADJUDICATION("penilaian klaim"),
    APPROVAL("persetujuan");

    private final String labelId;

    SlaStage(String labelId) {
        this.labelId = labelId;
    }

    public String labelId() {
        return labelId;
    }

    /**
     * The stage whose clock runs in this status, or empty when no agency clock runs: while the agency waits for
     * the claimant (documents incomplete, information requested), and once the claim is decided. Payment after
     * approval is the payout feature's clock, not this one.
     */
    public static Optional<SlaStage> of(ClaimStatus status) {
        return switch (status) {
            case RECEIVED, VERIFICATION -> Optional.of(INTAKE_VERIFICATION);
            case ADJUDICATION, RETURNED_FOR_CORRECTION, APPEALED -> Optional.of(ADJUDICATION);
            case AWAITING_APPROVAL -> Optional.of(APPROVAL);
            case DOCUMENTS_INCOMPLETE, INFORMATION_REQUESTED, APPROVED, PAID, CLOSED, REJECTED, WITHDRAWN ->
                    Optional.empty();
        };
    }
}
