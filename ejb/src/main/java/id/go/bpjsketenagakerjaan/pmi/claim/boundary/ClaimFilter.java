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

    /**
     * The same filter for claims in exactly {@code one} status, without the open-only list: a query with one status
     * equal can walk an index led by the status in order, a list of statuses cannot.
     */
    public ClaimFilter withOnlyStatus(ClaimStatus one) {
        return new ClaimFilter(one, benefitCode, claimNoPrefix, participantName, assignedTo, unassignedOrOthers, false,
                sortField, ascending);
    }

    public ClaimFilter teamQueue(String user) {
        return new ClaimFilter(status, benefitCode, claimNoPrefix, participantName, null, user, true, sortField, ascending);
    }
}
