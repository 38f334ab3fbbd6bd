package id.go.bpjsketenagakerjaan.pmi.casework.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.control.Signal;
import java.io.Serializable;
import java.util.List;

/** What an intake created, or (for a preview) would create, with the signals each claim raised. */
public record IntakeResult(String caseNo, List<FiledClaim> claims) implements Serializable {

    public record FiledClaim(Long id, String claimNo, String benefitCode, List<Signal> signals) implements Serializable {
    }

    public boolean hasSignals() {
        return claims.stream().anyMatch(claim -> !claim.signals().isEmpty());
    }
}
