package id.go.bpjsketenagakerjaan.pmi.claim.control;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.util.Objects;

/** A claim already on file, as the fraud checks see it. */
public record ExistingClaim(ClaimFacts facts, ClaimStatus status) {

    public ExistingClaim {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
    }

    /** Withdrawn and rejected claims were never paid and are not pending: they cannot make a new claim a duplicate. */
    public boolean isLiveOrPaid() {
        return status != ClaimStatus.WITHDRAWN && status != ClaimStatus.REJECTED;
    }
}
