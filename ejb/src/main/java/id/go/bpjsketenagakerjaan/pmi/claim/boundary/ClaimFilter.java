package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.io.Serializable;

/** What a claims list is narrowed to; null means any. Sort fields are those of {@link ClaimRow}. */
public record ClaimFilter(ClaimStatus status, String benefitCode, String claimNoPrefix, String participantName,
                          String sortField, boolean ascending) implements Serializable {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, "receivedAt", true);
    }
}
