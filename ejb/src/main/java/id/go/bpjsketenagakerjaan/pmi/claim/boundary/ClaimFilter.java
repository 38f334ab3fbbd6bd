package id.go.bpjsketenagakerjaan.pmi.claim.boundary;

import id.go.bpjsketenagakerjaan.pmi.claim.entity.ClaimStatus;
import java.io.Serializable;

/**
 * What a claims list is narrowed to; null means any. Sort fields are those of {@link ClaimRow}.
 *
 * @param assignedTo only claims assigned to this user (my queue)
 * @param unassignedOrOthers only claims not assigned to this user (team queue), when set
 * @param openOnly only claims someone still has to act on
 */
public record ClaimFilter(ClaimStatus status, String benefitCode, String claimNoPrefix, String participantName,
                          String assignedTo, String unassignedOrOthers, boolean openOnly,
                          String sortField, boolean ascending) implements Serializable {

    public ClaimFilter(ClaimStatus status, String benefitCode, String claimNoPrefix, String participantName,
                       String sortField, boolean ascending) {
        this(status, benefitCode, claimNoPrefix, participantName, null, null, false, sortField, ascending);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, "receivedAt", true);
    }

    public ClaimFilter myQueue(String user) {
        return new ClaimFilter(status, benefitCode, claimNoPrefix, participantName, user, null, true, sortField, ascending);
    }

    public ClaimFilter teamQueue(String user) {
        return new ClaimFilter(status, benefitCode, claimNoPrefix, participantName, null, user, true, sortField, ascending);
    }
}
